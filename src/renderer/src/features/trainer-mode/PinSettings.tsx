import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { notifyError, notifySuccess } from '../../components/notify';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { PinField, pinProblem } from './PinField';
import { useSettings } from '../settings/queries';
import { useRole } from './queries';

type Dialog = 'set' | 'change' | 'remove' | null;

function PinDialog({ kind, onClose }: { kind: Exclude<Dialog, null>; onClose(): void }) {
  const { switchTo, setPin, clearPin } = useRole();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
    setBusy(true);
    let result;
    if (kind === 'remove') {
      result = await clearPin(current);
    } else {
      // Changing the PIN proves the current one first; that also unlocks trainer mode.
      const unlocked = kind === 'change' ? await switchTo('trainer', current) : null;
      result = unlocked && !unlocked.ok ? unlocked : await setPin(next);
    }
    setBusy(false);
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
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
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
          <Group>
            <Button type="submit" loading={busy} color={kind === 'remove' ? 'red.9' : undefined}>
              {kind === 'remove' ? 'Remove PIN' : 'Save PIN'}
            </Button>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
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
            <Button variant="default" leftSection={<IconLock size={18} aria-hidden />} onClick={() => setDialog('change')}>
              Change PIN
            </Button>
            <Button variant="default" color="red.9" leftSection={<IconLockOpen size={18} aria-hidden />} onClick={() => setDialog('remove')}>
              Remove PIN
            </Button>
          </>
        ) : (
          <Button leftSection={<IconLock size={18} aria-hidden />} onClick={() => setDialog('set')}>
            Set a trainer PIN
          </Button>
        )}
      </Group>
      {pinSet && !isTrainer ? <Text size="sm">Changing the PIN asks for the current one first, and unlocks trainer mode.</Text> : null}
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
