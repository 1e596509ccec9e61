import { Stack, TextInput } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { LIMITS } from '../../../../shared/limits';
import { SECRET_RULE, SecretField, secretProblem } from './SecretField';
import type { SecretForm } from './useSecretForm';

export interface TrainerSetupDraft extends Record<string, string> {
  name: string;
  secret: string;
  again: string;
}

export const EMPTY_TRAINER_SETUP: TrainerSetupDraft = { name: '', secret: '', again: '' };

export const NAME_PROBLEM = 'Give your name: approvals are recorded with it.';

/** Field errors before anything is sent (the backend checks the same rules again). */
export function trainerSetupProblems(draft: TrainerSetupDraft, withName = true): FormErrors {
  const problems: FormErrors = {};
  if (withName && !draft.name.trim()) problems.name = NAME_PROBLEM;
  const secret = secretProblem(draft.secret);
  if (secret) problems.secret = secret;
  else if (draft.secret !== draft.again) problems.again = 'The two are not the same.';
  return problems;
}

/** The trainer's own name, as approvals and comments carry it. */
export function TrainerNameField({
  form,
  autoFocus = false,
}: {
  form: SecretForm<TrainerSetupDraft>;
  autoFocus?: boolean;
}) {
  return (
    <TextInput
      label="Your name"
      description="Recorded on the quotes you approve and on your comments. Only you can change it."
      maxLength={LIMITS.name}
      autoComplete="name"
      {...form.getInputProps('name')}
      data-autofocus
      autoFocus={autoFocus}
    />
  );
}

/** A trainer's name and secret, typed twice: for the first run of a shared laptop and for adding a trainer. */
export function TrainerSetupFields({
  form,
  withName = true,
  secretLabel = 'Trainer PIN or passphrase',
  autoFocus = false,
}: {
  form: SecretForm<TrainerSetupDraft>;
  withName?: boolean;
  secretLabel?: string;
  /** Outside a dialog (the first run), where the dialog's own first-field focus does not apply. */
  autoFocus?: boolean;
}) {
  return (
    <Stack gap="md">
      {withName ? <TrainerNameField form={form} autoFocus={autoFocus} /> : null}
      <SecretField
        label={secretLabel}
        description={`Unlocks trainer mode on this laptop: ${SECRET_RULE} Choose one the ambassadors have not seen you type.`}
        input={form.getInputProps('secret')}
        autoFocus={!withName}
      />
      <SecretField label="Type it again" input={form.getInputProps('again')} />
    </Stack>
  );
}
