import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './app/App';
import { StageApp } from './app/StageApp';
import { isStageViewLocation } from './features/rehearsal/stage/location';
import { AgendaStageApp } from './features/agenda/stage/AgendaStageApp';
import { isAgendaStageLocation } from './features/agenda/stage/location';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The projector's stage view (opened by interview practice) is decided before the app: it needs no API client.
// So is the agenda's projector view (opened from the agenda on the Trainer screen).
function Root() {
  if (isStageViewLocation()) return <StageApp />;
  if (isAgendaStageLocation()) return <AgendaStageApp />;
  return <App api={createClient()} />;
}

createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
