import { Stack, TextInput } from '@mantine/core';
import { SECRET_RULE, SecretField, secretProblem } from './SecretField';

export interface TrainerSetupDraft {
  name: string;
  secret: string;
  again: string;
}

export const EMPTY_TRAINER_SETUP: TrainerSetupDraft = { name: '', secret: '', again: '' };

/** Field errors before anything is sent (the backend checks the same rules again). */
export function trainerSetupProblems(draft: TrainerSetupDraft, withName = true): Record<string, string> {
  const problems: Record<string, string> = {};
  if (withName && !draft.name.trim()) problems.name = 'Give your name: approvals are recorded with it.';
  const secret = secretProblem(draft.secret);
  if (secret) problems.secret = secret;
  else if (draft.secret !== draft.again) problems.again = 'The two are not the same.';
  return problems;
}

/** A trainer's name and secret, typed twice: for the first run of a shared laptop and for adding a trainer. */
export function TrainerSetupFields({
  draft,
  onChange,
  errors,
  withName = true,
  secretLabel = 'Trainer PIN or passphrase',
}: {
  draft: TrainerSetupDraft;
  onChange(next: TrainerSetupDraft): void;
  errors: Record<string, string | undefined>;
  withName?: boolean;
  secretLabel?: string;
}) {
  return (
    <Stack gap="md">
      {withName ? (
        <TextInput
          label="Your name"
          description="Recorded on the quotes you approve and on your comments. Only you can change it."
          value={draft.name}
          maxLength={120}
          autoComplete="name"
          onChange={(event) => onChange({ ...draft, name: event.currentTarget.value })}
          error={errors.name}
          data-autofocus
        />
      ) : null}
      <SecretField
        label={secretLabel}
        description={`Unlocks trainer mode on this laptop: ${SECRET_RULE} Choose one the ambassadors have not seen you type.`}
        value={draft.secret}
        onChange={(secret) => onChange({ ...draft, secret })}
        error={errors.secret}
        autoFocus={!withName}
      />
      <SecretField
        label="Type it again"
        value={draft.again}
        onChange={(again) => onChange({ ...draft, again })}
        error={errors.again}
      />
    </Stack>
  );
}
