import { Center, Loader, MantineProvider } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { theme } from '../../../app/theme';

const AgendaStageView = lazy(() => import('./AgendaStageView'));

/**
 * The agenda's projector window (`?view=agenda-stage`). Like the interview stage view it has no API client and
 * no shell: it only listens to the laptop, so it can never fetch or show facilitator notes.
 */
export function AgendaStageApp() {
  return (
    <MantineProvider theme={theme} forceColorScheme="dark">
      <Suspense
        fallback={
          <Center mih="100vh" component="main" style={{ background: '#000' }}>
            <Loader aria-label="Opening the agenda view" />
          </Center>
        }
      >
        <AgendaStageView />
      </Suspense>
    </MantineProvider>
  );
}
