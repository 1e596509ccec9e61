import { lazy } from 'react';
import { LazyScreen } from '../../components/LazyScreen';

// Loaded on first visit (see LazyScreen): the quote workshop and its live checks.
const PressQuotesBody = lazy(() => import('./PressQuotesBody'));

export function PressQuotesScreen() {
  return (
    <LazyScreen
      title="Press quotes"
      intro="A press quote adds feeling, an opinion or a human detail to a story; it does not repeat the facts. The best are 20 words or fewer. A quote is only used after you agree, knowing where it will appear, and you can take it back until it is published."
      loadingLabel="Opening your quotes…"
    >
      <PressQuotesBody />
    </LazyScreen>
  );
}
