import { Paper, Stack } from '@mantine/core';
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
import { ScreenLoader } from '../../components/ScreenLoader';
import { useAutosave } from '../../components/useAutosave';
import { useAccess } from '../access/queries';
import { CohortDetailsFields, type CohortTextKey } from './CohortDetailsFields';
import { LanguageRulesEditor } from './LanguageRulesEditor';
import { TrainerOnlyNote } from './TrainerOnlyNote';

type CohortPatch = Partial<CohortFields>;

/** Trainer mode: the cohort's details, saved as the trainer types (like the profile). */
function EditableCohortDetails({ cohort }: { cohort: Cohort }) {
  const api = useApi();
  const [values, setValues] = useState<CohortFields>(() => cohortFieldsOf(cohort));
  const autosave = useAutosave((patch: CohortPatch) => api['cohort:update']({ id: cohort.id, patch }), {
    onLostError: (error) => notifyError(error, 'Your last change to the cohort was not saved'),
  });

  const setField = (key: CohortTextKey, value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    autosave.queue({ [key]: value });
  };
  const setContact = (key: keyof PressContact, value: string) => {
    const pressContact = { ...values.pressContact, [key]: value };
    setValues((previous) => ({ ...previous, pressContact }));
    autosave.queue({ pressContact });
  };

  return (
    <Stack gap="md" onBlur={() => void autosave.flush()}>
      <Paper withBorder px="md" py="xs" radius="md">
        <SaveStatus state={autosave.state} />
      </Paper>
      <CohortDetailsFields
        values={values}
        readOnly={false}
        errors={issuesByField(autosave.state.error)}
        onField={setField}
        onContact={setContact}
      />
    </Stack>
  );
}

/**
 * In ambassador mode the details are shown read-only (always the stored values) with the reason, since the
 * backend would refuse the change. The form starts afresh from the stored cohort each time trainer mode is
 * unlocked, so it never shows what an earlier visit typed.
 */
function CohortDetails({ cohort }: { cohort: Cohort }) {
  const access = useAccess();
  // Until this window's mode is known, neither: typing into the read-only one first would be lost.
  if (access.loading) return <ScreenLoader label="Loading the cohort’s details…" />;
  if (access.isTrainer) return <EditableCohortDetails key={cohort.id} cohort={cohort} />;
  return (
    <Stack gap="md">
      <TrainerOnlyNote>
        Only a trainer can change the cohort’s details. Unlock trainer mode to edit them.
      </TrainerOnlyNote>
      <CohortDetailsFields values={cohortFieldsOf(cohort)} readOnly />
    </Stack>
  );
}

/** Cohort details, then the cohort's language rules. */
export function CohortEditor({ cohort }: { cohort: Cohort }) {
  return (
    <Stack gap="md">
      <CohortDetails cohort={cohort} />
      <LanguageRulesEditor cohortId={cohort.id} />
    </Stack>
  );
}
