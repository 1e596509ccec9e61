import { lazy, Suspense } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ScreenLoader } from '../../components/ScreenLoader';

// The options, the live preview and the press pack load on first visit, keeping them out of the app's first
// download. The heading is outside the lazy part so it can take focus at once.
const MessageSheetBody = lazy(() => import('./MessageSheetBody'));

export function MessageSheetScreen() {
  return (
    <>
      <PageHeader
        title="Message sheet"
        intro="A message sheet is one printed page for journalists: who you are, what you want to say and what not to ask you. Choose what goes on it, check the preview, then save it as a PDF."
      />
      <Suspense fallback={<ScreenLoader label="Opening your message sheet…" />}>
        <MessageSheetBody />
      </Suspense>
    </>
  );
}
