import { Text } from '@mantine/core';
import { useApi } from '../../api/ApiProvider';
import { SecretField } from './SecretField';
import { SecretFormModal } from './SecretFormModal';
import { useSecretForm } from './useSecretForm';

/**
 * Unlocks trainer mode in this window with a trainer's PIN or passphrase. The backend checks it (and slows down
 * repeated wrong tries, saying when to try again); this only shows its answer.
 */
export function UnlockTrainerModal({
  opened,
  onClose,
  onUnlocked,
}: {
  opened: boolean;
  onClose(): void;
  onUnlocked?(): void;
}) {
  const api = useApi();
  const secretForm = useSecretForm({
    initialValues: { secret: '' },
    validate: ({ secret }) => (secret ? {} : { secret: 'Type the trainer PIN or passphrase.' }),
    send: ({ secret }) => api['access:unlockTrainer']({ secret }),
    refused: { field: 'secret', clear: true },
    onSent: () => {
      onClose();
      onUnlocked?.();
    },
  });

  return (
    <SecretFormModal
      opened={opened}
      title="Unlock trainer mode"
      onClose={onClose}
      secretForm={secretForm}
      submitLabel="Unlock"
    >
      <Text>
        Trainer mode is locked in this window, so only a trainer can approve quotes or change cohort details. Type your
        trainer PIN or passphrase.
      </Text>
      <SecretField label="Trainer PIN or passphrase" input={secretForm.form.getInputProps('secret')} autoFocus />
    </SecretFormModal>
  );
}
