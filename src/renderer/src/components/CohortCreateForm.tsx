import { Button, Stack, TextInput } from '@mantine/core';
import { emptyCohortFields, type Cohort, type CohortFields } from '../../../shared/features/cohorts/schemas';
import { useApi } from '../api/ApiProvider';
import { useCreateForm } from './useCreateForm';

type Draft = Pick<CohortFields, 'name' | 'organisation' | 'campaign' | 'hashtag' | 'mediaDate'>;

export function CohortCreateForm({
  submitLabel = 'Create cohort',
  onCreated,
  autoFocus = true,
}: {
  submitLabel?: string;
  onCreated(cohort: Cohort): void | Promise<void>;
  autoFocus?: boolean;
}) {
  const api = useApi();
  const { draft, set, errors, busy, submit } = useCreateForm<Draft, Cohort>({
    initial: (() => {
      const { pressContact: _p, ...rest } = emptyCohortFields();
      return rest;
    })(),
    check: (d) => (d.name.trim() ? null : { name: 'Please give the cohort a name, for example “Migrants Day 2026”.' }),
    create: (d) => api['cohort:create']({ fields: { ...emptyCohortFields(), ...d } }),
    onCreated,
    failureTitle: 'The cohort was not created',
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md" maw={560}>
        <TextInput
          label="Cohort name"
          description="The group you are training, for example “Migrants Day 2026”."
          required
          autoFocus={autoFocus}
          autoComplete="off"
          value={draft.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={errors.name}
        />
        <TextInput
          label="Organisation"
          autoComplete="organization"
          value={draft.organisation}
          onChange={(event) => set('organisation', event.currentTarget.value)}
          error={errors.organisation}
        />
        <TextInput
          label="Campaign"
          autoComplete="off"
          value={draft.campaign}
          onChange={(event) => set('campaign', event.currentTarget.value)}
          error={errors.campaign}
        />
        <TextInput
          label="Hashtag"
          description="For example #IamAMigrant"
          autoComplete="off"
          value={draft.hashtag}
          onChange={(event) => set('hashtag', event.currentTarget.value)}
          error={errors.hashtag}
        />
        <TextInput
          label="Media date"
          description="The day the press work is aimed at, such as 18 December."
          type="date"
          value={draft.mediaDate}
          onChange={(event) => set('mediaDate', event.currentTarget.value)}
          error={errors.mediaDate}
        />
        <div>
          <Button type="submit" size="md" loading={busy}>
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
