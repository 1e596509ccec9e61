import { Checkbox, Group, Select } from '@mantine/core';
import { QUOTE_STATUSES, STATUS_LABELS, type QuoteStatus } from '../../../../shared/features/quotes/schemas';
import { useAmbassadors, useCohortAmbassadors } from '../ambassadors/queries';

export interface ReviewFilter {
  ambassadorId: string | null;
  status: QuoteStatus;
  onlyWithFindings: boolean;
}

export const NO_FILTER: ReviewFilter = { ambassadorId: null, status: 'in_review', onlyWithFindings: false };

const EVERYONE = '';
const STATUS_OPTIONS = QUOTE_STATUSES.map((s) => ({
  value: s,
  label: s === 'in_review' ? 'Waiting for approval' : STATUS_LABELS[s],
}));
const isStatus = (value: string | null): value is QuoteStatus =>
  value !== null && (QUOTE_STATUSES as readonly string[]).includes(value);

/** Narrows the queue's quotes: whose, in which status, and only those the checks found something in. */
export function ReviewFilters({
  cohortId,
  filter,
  onChange,
}: {
  /** The cohort in view, or null for every ambassador on the laptop. */
  cohortId: string | null;
  filter: ReviewFilter;
  onChange(filter: ReviewFilter): void;
}) {
  const inCohort = useCohortAmbassadors(cohortId);
  const everyone = useAmbassadors();
  const people = (cohortId ? inCohort.data : everyone.data) ?? [];
  const options = [
    { value: EVERYONE, label: 'Every ambassador' },
    ...people.map((a) => ({ value: a.id, label: a.displayName })),
  ];
  return (
    <Group align="flex-end" gap="md">
      <Select
        label="Ambassador"
        data={options}
        value={filter.ambassadorId ?? EVERYONE}
        onChange={(value) => onChange({ ...filter, ambassadorId: value || null })}
        allowDeselect={false}
        searchable
        w={260}
      />
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={filter.status}
        onChange={(value) => onChange({ ...filter, status: isStatus(value) ? value : 'in_review' })}
        allowDeselect={false}
        w={220}
      />
      <Checkbox
        label="Only quotes with findings"
        checked={filter.onlyWithFindings}
        onChange={(event) => onChange({ ...filter, onlyWithFindings: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
