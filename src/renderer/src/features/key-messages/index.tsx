import { lazy, Suspense } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ScreenLoader } from '../../components/ScreenLoader';

// The editor, its live checks (retext, the language guide) and the house drawing load on first visit, keeping
// them out of the app's first download. The heading is outside the lazy part so it can take focus at once.
const KeyMessagesBody = lazy(() => import('./KeyMessagesBody'));

export function KeyMessagesScreen() {
  return (
    <>
      <PageHeader
        title="Key messages"
        intro="Key messages are the few things you most want people to remember. Build them like a house: one short main message as the roof, up to three key messages as pillars, and a story, fact or example holding up each one."
      />
      <Suspense fallback={<ScreenLoader label="Opening your key messages…" />}>
        <KeyMessagesBody />
      </Suspense>
    </>
  );
}
