import { Fieldset, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  cohortFieldsOf,
  type Cohort,
  type CohortFields,
  type PressContact,
} from '../../../../shared/features/cohorts/schemas';
import { useApi } from '../../api/ApiProvider';
import { issuesByField } from '../../api/result';
import { notifyError } from '../../components/notify';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { LanguageRulesEditor } from './LanguageRulesEditor';

type CohortPatch = Partial<CohortFields>;

/** Cohort details, saved as the trainer types (like the profile). */
export function CohortEditor({ cohort }: { cohort: Cohort }) {
  const api = useApi();
  const [values, setValues] = useState<CohortFields>(() => cohortFieldsOf(cohort));
  const autosave = useAutosave((patch: CohortPatch) => api['cohort:update']({ id: cohort.id, patch }), {
    onLostError: (error) => notifyError(error, 'Your last change to the cohort was not saved'),
  });
  const errors = issuesByField(autosave.state.error);

  const set = (key: Exclude<keyof CohortFields, 'pressContact'>, value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    autosave.queue({ [key]: value });
  };
  const setContact = (key: keyof PressContact, value: string) => {
    const pressContact = { ...values.pressContact, [key]: value };
    setValues((previous) => ({ ...previous, pressContact }));
    autosave.queue({ pressContact });
  };
  const field = (key: Exclude<keyof CohortFields, 'pressContact'>) => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    error: errors[key],
    autoComplete: 'off',
  });
  const contact = (key: keyof PressContact) => ({
    value: values.pressContact[key],
    onChange: (event: { currentTarget: { value: string } }) => setContact(key, event.currentTarget.value),
    error: errors[`pressContact.${key}`],
  });

  return (
    <Stack gap="md" onBlur={() => void autosave.flush()}>
      <Paper withBorder px="md" py="xs" radius="md">
        <SaveStatus state={autosave.state} />
      </Paper>
      <TextInput label="Cohort name" required {...field('name')} />
      <TextInput label="Organisation" {...field('organisation')} />
      <TextInput label="Campaign" {...field('campaign')} />
      <TextInput label="Hashtag" description="For example #IamAMigrant" {...field('hashtag')} />
      <TextInput
        label="Media date"
        type="date"
        description="The day the press work is aimed at."
        {...field('mediaDate')}
      />
      <Fieldset legend="Press contact at your organisation">
        <Stack gap="sm">
          <Text size="sm">
            Journalists contact this person, never the ambassadors directly. It is printed on every message sheet.
          </Text>
          <TextInput label="Press contact name" autoComplete="off" {...contact('name')} />
          <TextInput label="Press contact email" type="email" autoComplete="off" {...contact('email')} />
          <TextInput label="Press contact phone" type="tel" autoComplete="off" {...contact('phone')} />
        </Stack>
      </Fieldset>
      <LanguageRulesEditor cohortId={cohort.id} />
    </Stack>
  );
}
