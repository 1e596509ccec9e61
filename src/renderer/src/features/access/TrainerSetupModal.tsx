import { Text } from '@mantine/core';
import { useState } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { notifySuccess } from '../../components/notify';
import { SecretFormModal } from './SecretFormModal';
import { EMPTY_TRAINER_SETUP, TrainerSetupFields, trainerSetupProblems, type TrainerSetupDraft } from './TrainerSetupFields';

/**
 * Sets up a trainer: the first one on a laptop that has none (which then opens trainer mode), or, from an
 * unlocked trainer's window, another trainer.
 */
export function TrainerSetupModal({ opened, first, onClose }: { opened: boolean; first: boolean; onClose(): void }) {
  const add = useChannelMutation('access:addTrainer');
  const [draft, setDraft] = useState<TrainerSetupDraft>(EMPTY_TRAINER_SETUP);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const close = () => {
    setDraft(EMPTY_TRAINER_SETUP);
    setErrors({});
    onClose();
  };

  const submit = async () => {
    const problems = trainerSetupProblems(draft);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    const result = await add.run({ name: draft.name, secret: draft.secret });
    if (!result.ok) {
      setErrors({ secret: result.error.message });
      return;
    }
    notifySuccess(first ? 'Trainer mode is set up and unlocked in this window.' : `${draft.name.trim()} can now unlock trainer mode.`);
    close();
  };

  return (
    <SecretFormModal
      opened={opened}
      title={first ? 'Set up trainer mode' : 'Add a trainer'}
      onClose={close}
      onSubmit={submit}
      busy={add.busy}
      submitLabel={first ? 'Set up and unlock' : 'Add trainer'}
    >
      <Text>
        {first
          ? 'No trainer is set up on this laptop yet. Whoever does this first becomes its trainer, so do it before the laptop is shared.'
          : 'The new trainer unlocks trainer mode with their own PIN or passphrase, and approvals carry their name.'}
      </Text>
      <TrainerSetupFields
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setErrors({});
        }}
        errors={errors}
      />
    </SecretFormModal>
  );
}
