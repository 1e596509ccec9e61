import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { TrainerAccountDialog } from './TrainerAccountDialog';
import { TrainerSetupModal } from './TrainerSetupModal';
import { useModeSwitch } from './useModeSwitch';

/** The unlocked trainer's own name and secret, and adding another trainer; locked, the way to unlock. */
export function TrainerAccount() {
  const mode = useModeSwitch();
  const [dialog, setDialog] = useState<'name' | 'secret' | 'add' | null>(null);
  const trainer = mode.data?.trainer ?? null;
  if (!trainer) {
    return (
      <Stack gap="xs" align="flex-start">
        <Text>
          {mode.data?.trainerSecretSet
            ? 'Trainer mode is locked in this window. Unlock it to change your name or secret, or to add a trainer.'
            : 'No trainer is set up on this laptop yet. Whoever sets it up first becomes its trainer.'}
        </Text>
        <Button variant="default" onClick={mode.unlockTrainer}>
          {mode.data?.trainerSecretSet ? 'Unlock trainer mode' : 'Set up trainer mode'}
        </Button>
        {mode.modal}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Text>
        You are <strong>{trainer.name}</strong> in this window. Approvals and your comments carry this name; only you
        can change it.
      </Text>
      <Group>
        <Button variant="default" onClick={() => setDialog('name')}>
          Change my name
        </Button>
        <Button variant="default" onClick={() => setDialog('secret')}>
          Change my PIN or passphrase
        </Button>
        <Button variant="default" onClick={() => setDialog('add')}>
          Add another trainer
        </Button>
      </Group>
      {dialog === 'name' || dialog === 'secret' ? (
        <TrainerAccountDialog kind={dialog} name={trainer.name} onClose={() => setDialog(null)} />
      ) : null}
      <TrainerSetupModal opened={dialog === 'add'} first={false} onClose={() => setDialog(null)} />
    </Stack>
  );
}
