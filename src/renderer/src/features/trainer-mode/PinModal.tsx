import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PinField, pinProblem } from './PinField';
import { useRole } from './queries';

/**
 * Unlocks trainer mode with the trainer's PIN. A wrong PIN shows the app's own message and keeps the mode
 * locked; the PIN is checked by the main process, never here.
 */
export function PinModal({ opened, onClose, onUnlocked }: { opened: boolean; onClose(): void; onUnlocked?(): void }) {
  const { switchTo } = useRole();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPin('');
    setError(undefined);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = pinProblem(pin);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    const result = await switchTo('trainer', pin);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      setPin('');
      return;
    }
    setPin('');
    setError(undefined);
    onUnlocked?.();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Unlock trainer mode" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text>Trainer mode is locked on this laptop, so only a trainer can approve quotes. Type the trainer PIN.</Text>
          <PinField label="Trainer PIN" value={pin} onChange={(v) => { setPin(v); setError(undefined); }} error={error} autoFocus />
          <Group>
            <Button type="submit" loading={busy}>
              Unlock
            </Button>
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
