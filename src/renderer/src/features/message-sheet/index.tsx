import { lazy } from 'react';
import { LazyScreen } from '../../components/LazyScreen';

// Loaded on first visit (see LazyScreen): the options, the live preview and the press pack.
const MessageSheetBody = lazy(() => import('./MessageSheetBody'));

export function MessageSheetScreen() {
  return (
    <LazyScreen
      title="Message sheet"
      intro="A message sheet is one printed page for journalists: who you are, what you want to say and what not to ask you. Choose what goes on it, check the preview, then save it as a PDF."
      loadingLabel="Opening your message sheet…"
    >
      <MessageSheetBody />
    </LazyScreen>
  );
}
