import { lazy, Suspense } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ScreenLoader } from '../../components/ScreenLoader';

// The quote workshop and its live checks load on first visit, keeping them out of the app's first download.
const PressQuotesBody = lazy(() => import('./PressQuotesBody'));

export function PressQuotesScreen() {
  return (
    <>
      <PageHeader
        title="Press quotes"
        intro="A press quote adds feeling, an opinion or a human detail to a story; it does not repeat the facts. The best are 20 words or fewer. A quote is only used after you agree, knowing where it will appear, and you can take it back until it is published."
      />
      <Suspense fallback={<ScreenLoader label="Opening your quotes…" />}>
        <PressQuotesBody />
      </Suspense>
    </>
  );
}
