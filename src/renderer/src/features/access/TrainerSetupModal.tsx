import { Text } from '@mantine/core';
import { useApi } from '../../api/ApiProvider';
import { notifySuccess } from '../../components/notify';
import { SecretFormModal } from './SecretFormModal';
import { EMPTY_TRAINER_SETUP, TrainerSetupFields, trainerSetupProblems } from './TrainerSetupFields';
import { useSecretForm } from './useSecretForm';

/**
 * Sets up a trainer: the first one on a laptop that has none (which then opens trainer mode), or, from an
 * unlocked trainer's window, another trainer.
 */
export function TrainerSetupModal({ opened, first, onClose }: { opened: boolean; first: boolean; onClose(): void }) {
  const api = useApi();
  const secretForm = useSecretForm({
    initialValues: EMPTY_TRAINER_SETUP,
    validate: (draft) => trainerSetupProblems(draft),
    send: ({ name, secret }) => api['access:addTrainer']({ name, secret }),
    refused: { field: 'secret', clear: true },
    onSent: (_state, { name }) => {
      notifySuccess(
        first ? 'Trainer mode is set up and unlocked in this window.' : `${name.trim()} can now unlock trainer mode.`,
      );
      onClose();
    },
  });

  return (
    <SecretFormModal
      opened={opened}
      title={first ? 'Set up trainer mode' : 'Add a trainer'}
      onClose={onClose}
      secretForm={secretForm}
      submitLabel={first ? 'Set up and unlock' : 'Add trainer'}
    >
      <Text>
        {first
          ? 'No trainer is set up on this laptop yet. Whoever does this first becomes its trainer, so do it before the laptop is shared.'
          : 'The new trainer unlocks trainer mode with their own PIN or passphrase, and approvals carry their name.'}
      </Text>
      <TrainerSetupFields form={secretForm.form} />
    </SecretFormModal>
  );
}
