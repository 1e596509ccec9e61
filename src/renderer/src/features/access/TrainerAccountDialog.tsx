import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { notifySuccess } from '../../components/notify';
import { SecretFormModal } from './SecretFormModal';
import { EMPTY_TRAINER_SETUP, TrainerSetupFields, trainerSetupProblems, type TrainerSetupDraft } from './TrainerSetupFields';

/** The unlocked trainer changes their own name, or their own secret. Nobody else can. */
export function TrainerAccountDialog({ kind, name, onClose }: { kind: 'name' | 'secret'; name: string; onClose(): void }) {
  const update = useChannelMutation('access:updateTrainer');
  const [draft, setDraft] = useState<TrainerSetupDraft>({ ...EMPTY_TRAINER_SETUP, name });
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const submit = async () => {
    if (kind === 'name' && !draft.name.trim()) {
      setErrors({ name: 'Give your name: approvals are recorded with it.' });
      return;
    }
    if (kind === 'secret') {
      const problems = trainerSetupProblems(draft, false);
      if (Object.keys(problems).length > 0) {
        setErrors(problems);
        return;
      }
    }
    const result = await update.run(kind === 'name' ? { name: draft.name } : { secret: draft.secret });
    if (!result.ok) {
      setErrors(kind === 'name' ? { name: result.error.message } : { secret: result.error.message });
      return;
    }
    notifySuccess(kind === 'name' ? 'Your name is saved. New approvals carry it.' : 'Your trainer PIN or passphrase is changed.');
    onClose();
  };

  return (
    <SecretFormModal
      title={kind === 'name' ? 'Change your trainer name' : 'Change your trainer PIN or passphrase'}
      onClose={onClose}
      onSubmit={submit}
      busy={update.busy}
      submitLabel="Save"
    >
      {kind === 'name' ? (
        <TextInput
          label="Your name"
          description="Recorded on the quotes you approve and on your comments."
          value={draft.name}
          maxLength={120}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          error={errors.name}
          data-autofocus
        />
      ) : (
        <TrainerSetupFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setErrors({});
          }}
          errors={errors}
          withName={false}
          secretLabel="New trainer PIN or passphrase"
        />
      )}
    </SecretFormModal>
  );
}
