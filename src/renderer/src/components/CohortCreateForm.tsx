import { TextInput } from '@mantine/core';
import { emptyCohortFields, type Cohort, type CohortFields } from '../../../shared/features/cohorts/schemas';
import { useApi } from '../api/ApiProvider';
import { CreateFormFrame, useCreateForm } from './useCreateForm';

type Draft = Pick<CohortFields, 'name' | 'organisation' | 'campaign' | 'hashtag' | 'mediaDate'>;

function emptyDraft(): Draft {
  const { name, organisation, campaign, hashtag, mediaDate } = emptyCohortFields();
  return { name, organisation, campaign, hashtag, mediaDate };
}

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
  const { form, submit } = useCreateForm<Draft, Cohort>({
    initialValues: emptyDraft(),
    validate: (draft) =>
      draft.name.trim() ? {} : { name: 'Please give the cohort a name, for example “Migrants Day 2026”.' },
    create: (draft) => api['cohort:create']({ fields: { ...emptyCohortFields(), ...draft } }),
    onCreated,
    failureTitle: 'The cohort was not created',
  });

  return (
    <CreateFormFrame onSubmit={submit} busy={form.submitting} submitLabel={submitLabel}>
      <TextInput
        label="Cohort name"
        description="The group you are training, for example “Migrants Day 2026”."
        required
        autoFocus={autoFocus}
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <TextInput label="Organisation" autoComplete="organization" {...form.getInputProps('organisation')} />
      <TextInput label="Campaign" autoComplete="off" {...form.getInputProps('campaign')} />
      <TextInput
        label="Hashtag"
        description="For example #IamAMigrant"
        autoComplete="off"
        {...form.getInputProps('hashtag')}
      />
      <TextInput
        label="Media date"
        description="The day the press work is aimed at, such as 18 December."
        type="date"
        {...form.getInputProps('mediaDate')}
      />
    </CreateFormFrame>
  );
}
