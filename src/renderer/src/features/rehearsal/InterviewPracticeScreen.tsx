import { lazy, Suspense } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { ScreenLoader } from '../../components/ScreenLoader';

// Recording, analysis, charts and trainer tools load only when this screen opens, keeping the first load small.
// The heading is outside the lazy part so the shell can move focus to it at once after navigation.
const RehearsalScreen = lazy(() => import('./RehearsalScreen'));

export function InterviewPracticeScreen() {
  return (
    <>
      <PageHeader title="Interview practice" />
      <Suspense fallback={<ScreenLoader label="Opening interview practice…" />}>
        <RehearsalScreen />
      </Suspense>
    </>
  );
}
