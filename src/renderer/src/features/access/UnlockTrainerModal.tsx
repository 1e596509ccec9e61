import { Text } from '@mantine/core';
import { useState } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { SecretField } from './SecretField';
import { SecretFormModal } from './SecretFormModal';

/**
 * Unlocks trainer mode in this window with a trainer's PIN or passphrase. The backend checks it (and slows down
 * repeated wrong tries, saying when to try again); this only shows its answer.
 */
export function UnlockTrainerModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const unlock = useChannelMutation('access:unlockTrainer');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();

  const close = () => {
    setSecret('');
    setError(undefined);
    onClose();
  };

  const submit = async () => {
    if (!secret) {
      setError('Type the trainer PIN or passphrase.');
      return;
    }
    const result = await unlock.run({ secret });
    setSecret('');
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    close();
  };

  return (
    <SecretFormModal opened={opened} title="Unlock trainer mode" onClose={close} onSubmit={submit} busy={unlock.busy} submitLabel="Unlock">
      <Text>
        Trainer mode is locked in this window, so only a trainer can approve quotes or change cohort details. Type your
        trainer PIN or passphrase.
      </Text>
      <SecretField
        label="Trainer PIN or passphrase"
        value={secret}
        onChange={(v) => {
          setSecret(v);
          setError(undefined);
        }}
        error={error}
        autoFocus
      />
    </SecretFormModal>
  );
}
