import { LazyScreen } from '../../components/LazyScreen';
import { preloadable } from '../../components/preloadable';

// Kept out of the first download (see LazyScreen), but fetched as soon as the app is idle: the quote workshop
// and its live checks are opened often, and a first visit that waited for the code would miss its 300 ms.
const PressQuotesBody = preloadable(() => import('./PressQuotesBody'));
PressQuotesBody.preloadWhenIdle();

export function PressQuotesScreen() {
  return (
    <LazyScreen
      title="Press quotes"
      intro="A press quote adds feeling, an opinion or a human detail to a story; it does not repeat the facts. The best are 20 words or fewer. A quote is only used after you agree, knowing where it will appear, and you can take it back until it is published."
      loadingLabel="Opening your quotes…"
    >
      <PressQuotesBody.Body />
    </LazyScreen>
  );
}
