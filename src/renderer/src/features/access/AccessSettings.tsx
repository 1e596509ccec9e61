import { Button, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { LAPTOP_KINDS, type LaptopKind } from '../../../../shared/features/access/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError } from '../../components/notify';
import { useAccess } from './queries';
import { TrainerAccountDialog } from './TrainerAccountDialog';
import { TrainerSetupModal } from './TrainerSetupModal';
import { useModeSwitch } from './useModeSwitch';
import { WorkspacePinDialog, type WorkspacePinChange } from './WorkspacePinDialog';

const KIND_LABELS: Record<LaptopKind, string> = {
  own: 'My own laptop (one ambassador)',
  shared: 'Shared or trainer laptop (several ambassadors)',
};

/** Whose work a window may see, and what this protects against (said plainly, in the app and in the README). */
export function ProtectionNote() {
  return (
    <Text size="sm" maw={720}>
      This keeps people who share this laptop out of each other’s work and out of trainer mode. It does not protect the
      data file itself: someone who can copy files from this computer could read it. For that, give each person their
      own account on the computer and turn on disk encryption.
    </Text>
  );
}

function LaptopKindChoice() {
  const access = useAccess();
  const change = useChannelMutation('access:setLaptopKind');
  const kind = access.data?.laptopKind ?? 'shared';
  return (
    <Radio.Group
      label="This laptop is"
      description={access.isTrainer ? undefined : 'Only a trainer can change this. Unlock trainer mode first.'}
      value={kind}
      onChange={(value) => {
        const next = LAPTOP_KINDS.find((k) => k === value);
        if (!next) return;
        void change.run({ kind: next }).then((result) => {
          if (!result.ok) notifyError(result.error, 'The laptop kind was not changed');
        });
      }}
    >
      <Group mt="xs" gap="lg">
        {LAPTOP_KINDS.map((k) => (
          <Radio key={k} value={k} label={KIND_LABELS[k]} disabled={!access.isTrainer} />
        ))}
      </Group>
    </Radio.Group>
  );
}

function WorkspaceProtection() {
  const access = useAccess();
  const [dialog, setDialog] = useState<WorkspacePinChange | null>(null);
  if (!access.ambassadorId) return <Text>Open your workspace (choose who you are at the top) to protect it with a PIN.</Text>;
  const protectedNow = access.data?.workspaceProtected ?? false;
  return (
    <Stack gap="xs">
      <Text>
        {protectedNow
          ? 'Your workspace opens only with your PIN: in each new window, and again after a few minutes without use.'
          : 'Anyone at this laptop can open your workspace. On a shared laptop, protect it with your own PIN.'}
      </Text>
      <Group>
        {protectedNow ? (
          <>
            <Button variant="default" leftSection={<IconLock size={18} aria-hidden />} onClick={() => setDialog('change')}>
              Change my PIN
            </Button>
            <Button variant="default" color="red.9" leftSection={<IconLockOpen size={18} aria-hidden />} onClick={() => setDialog('remove')}>
              Remove my PIN
            </Button>
          </>
        ) : (
          <Button leftSection={<IconLock size={18} aria-hidden />} onClick={() => setDialog('set')}>
            Protect my workspace with a PIN
          </Button>
        )}
      </Group>
      {dialog ? <WorkspacePinDialog kind={dialog} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}

function TrainerAccount() {
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
        You are <strong>{trainer.name}</strong> in this window. Approvals and your comments carry this name; only you can
        change it.
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

function IdleMinutes() {
  const access = useAccess();
  const save = useChannelMutation('access:setIdleMinutes');
  const minutes = access.data?.idleMinutes ?? 10;
  const ownersLaptop = access.data?.laptopKind === 'own' && access.ambassadorId !== null;
  const canChange = access.isTrainer || ownersLaptop;
  return (
    <NumberInput
      label="Lock after this many minutes without use"
      description={canChange ? 'Trainer mode and protected workspaces lock by themselves after this time.' : 'Only a trainer can change this.'}
      min={1}
      max={240}
      value={minutes}
      readOnly={!canChange}
      maw={360}
      onChange={(value) => {
        if (typeof value !== 'number' || value < 1 || value > 240) return;
        void save.run({ minutes: value }).then((result) => {
          if (!result.ok) notifyError(result.error, 'The lock time was not changed');
        });
      }}
    />
  );
}

/** Settings: the laptop's kind, this window's workspace PIN, the trainer's own account and the idle lock. */
export function AccessSettings() {
  return (
    <Stack gap="lg">
      <ProtectionNote />
      <LaptopKindChoice />
      <WorkspaceProtection />
      <TrainerAccount />
      <IdleMinutes />
    </Stack>
  );
}
