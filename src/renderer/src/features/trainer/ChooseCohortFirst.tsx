import { Button } from '@mantine/core';
import { EmptyState } from '../../components/EmptyState';

/** What a cohort's tab shows before a cohort is open: why it is empty, and the way to open one. */
export function ChooseCohortFirst({ what, onChoose }: { what: string; onChoose(): void }) {
  return (
    <EmptyState title="Open a cohort first" order={2}>
      Each cohort has its own {what}. Open one on the Cohorts tab.{' '}
      <Button size="xs" variant="default" onClick={onChoose}>
        Go to Cohorts
      </Button>
    </EmptyState>
  );
}
