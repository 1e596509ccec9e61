import { lazy } from 'react';
import { LazyScreen } from '../../components/LazyScreen';

// Loaded on first visit (see LazyScreen): the editor, its live checks (retext, the language guide) and the house drawing.
const KeyMessagesBody = lazy(() => import('./KeyMessagesBody'));

export function KeyMessagesScreen() {
  return (
    <LazyScreen
      title="Key messages"
      intro="Key messages are the few things you most want people to remember. Build them like a house: one short main message as the roof, up to three key messages as pillars, and a story, fact or example holding up each one."
      loadingLabel="Opening your key messages…"
    >
      <KeyMessagesBody />
    </LazyScreen>
  );
}
