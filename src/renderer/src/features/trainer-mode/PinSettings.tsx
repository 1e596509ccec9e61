import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError, notifySuccess } from '../../components/notify';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { PinField, pinProblem } from './PinField';
import { PinFormModal } from './PinModal';
import { useSettings } from '../settings/queries';
import { useRole } from './queries';

type Dialog = 'set' | 'change' | 'remove' | null;

function PinDialog({ kind, onClose }: { kind: Exclude<Dialog, null>; onClose(): void }) {
  const unlock = useChannelMutation('role:switch');
  const savePin = useChannelMutation('role:setPin');
  const removePin = useChannelMutation('role:clearPin');
  const busy = unlock.busy || savePin.busy || removePin.busy;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const submit = async () => {
    const found: Record<string, string | undefined> = {};
    if (kind !== 'set') found.current = pinProblem(current);
    if (kind !== 'remove') {
      found.next = pinProblem(next);
      if (!found.next && next !== again) found.again = 'The two PINs are not the same.';
    }
    if (Object.values(found).some(Boolean)) {
      setErrors(found);
      return;
    }
    let result;
    if (kind === 'remove') {
      result = await removePin.run({ pin: current });
    } else {
      // Changing the PIN proves the current one first; that also unlocks trainer mode. The button shows no gap
      // between the two calls: the second starts before the browser paints or takes another click.
      const unlocked = kind === 'change' ? await unlock.run({ role: 'trainer', pin: current }) : null;
      result = unlocked && !unlocked.ok ? unlocked : await savePin.run({ pin: next });
    }
    if (!result.ok) {
      if (kind === 'set') setErrors({ next: result.error.message });
      else setErrors({ current: result.error.message });
      return;
    }
    notifySuccess(
      kind === 'remove'
        ? 'Trainer mode is no longer locked on this laptop.'
        : 'Trainer mode is locked with the PIN. It is asked for each time the app starts.',
      kind === 'remove' ? 'PIN removed' : 'PIN saved',
    );
    onClose();
  };

  const title = { set: 'Set a trainer PIN', change: 'Change the trainer PIN', remove: 'Remove the trainer PIN' }[kind];
  return (
    <PinFormModal
      title={title}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      submitLabel={kind === 'remove' ? 'Remove PIN' : 'Save PIN'}
      submitColor={kind === 'remove' ? 'red.9' : undefined}
    >
      {kind !== 'set' ? (
        <PinField label="Current PIN" value={current} onChange={setCurrent} error={errors.current} autoFocus />
      ) : null}
      {kind !== 'remove' ? (
        <>
          <PinField
            label="New PIN"
            description="4 to 12 digits. Choose one the ambassadors have not seen you type."
            value={next}
            onChange={setNext}
            error={errors.next}
            autoFocus={kind === 'set'}
          />
          <PinField label="Type the new PIN again" value={again} onChange={setAgain} error={errors.again} />
        </>
      ) : null}
    </PinFormModal>
  );
}

/** Settings: lock trainer mode with a PIN on a shared laptop, so an ambassador cannot approve their own quote. */
export function PinSettings() {
  const { pinSet, isTrainer } = useRole();
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <Stack gap="sm">
      <Text>
        {pinSet
          ? 'Trainer mode is locked with a PIN on this laptop. The PIN is asked for each time the app starts.'
          : 'Trainer mode is not locked. On a laptop that ambassadors share, set a PIN so only a trainer can approve quotes.'}
      </Text>
      <Group>
        {pinSet ? (
          <>
            <Button
              variant="default"
              leftSection={<IconLock size={18} aria-hidden />}
              onClick={() => setDialog('change')}
            >
              Change PIN
            </Button>
            <Button
              variant="default"
              color="red.9"
              leftSection={<IconLockOpen size={18} aria-hidden />}
              onClick={() => setDialog('remove')}
            >
              Remove PIN
            </Button>
          </>
        ) : (
          <Button leftSection={<IconLock size={18} aria-hidden />} onClick={() => setDialog('set')}>
            Set a trainer PIN
          </Button>
        )}
      </Group>
      {pinSet && !isTrainer ? (
        <Text size="sm">Changing the PIN asks for the current one first, and unlocks trainer mode.</Text>
      ) : null}
      {dialog ? <PinDialog kind={dialog} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}

/** The trainer's name, recorded on approvals and trainer comments. Locked with the PIN, like approving. */
export function TrainerNameField() {
  const { settings, update } = useSettings();
  const { pinSet, isTrainer } = useRole();
  const [value, setValue] = useState<string | null>(null);
  const autosave = useAutosave((patch: { trainerName: string }) => update(patch), {
    onLostError: (error) => notifyError(error, 'The trainer name was not saved'),
  });
  const locked = pinSet && !isTrainer;
  const shown = value ?? settings?.trainerName ?? '';
  return (
    <Stack gap={6}>
      <TextInput
        label="Trainer name"
        description={
          locked
            ? 'Shown on approvals and trainer comments. Unlock trainer mode to change it.'
            : 'Shown on approvals and trainer comments, for example “Sam (Harbour Voices)”.'
        }
        value={shown}
        readOnly={locked}
        maxLength={120}
        autoComplete="off"
        onChange={(event) => {
          setValue(event.currentTarget.value);
          autosave.queue({ trainerName: event.currentTarget.value });
        }}
        onBlur={() => void autosave.flush()}
        maw={480}
      />
      <SaveStatus state={autosave.state} idleText="" />
    </Stack>
  );
}
