import { Suspense, type ReactNode } from 'react';
import { PageHeader } from './PageHeader';
import { ScreenLoader } from './ScreenLoader';

/**
 * A screen whose body is loaded on first visit (`children` is the lazy component), keeping it out of the app's
 * first download. The heading is outside the lazy part so it can take focus at once.
 */
export function LazyScreen({
  title,
  intro,
  loadingLabel,
  children,
}: {
  title: string;
  intro: string;
  loadingLabel: string;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <Suspense fallback={<ScreenLoader label={loadingLabel} />}>{children}</Suspense>
    </>
  );
}
