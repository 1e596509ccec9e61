import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useChannelMutation } from '../../api/channel-query';
import { PinField, pinProblem } from './PinField';

/** What every PIN dialog looks like (unlocking here, setting, changing and removing in Settings). */
export function PinFormModal({
  opened = true,
  title,
  onClose,
  onSubmit,
  busy,
  submitLabel,
  submitColor,
  children,
}: {
  opened?: boolean;
  title: string;
  onClose(): void;
  onSubmit(): Promise<void>;
  busy: boolean;
  submitLabel: string;
  submitColor?: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
        noValidate
      >
        <Stack gap="md">
          {children}
          <Group>
            <Button type="submit" loading={busy} color={submitColor}>
              {submitLabel}
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

/**
 * Unlocks trainer mode with the trainer's PIN. A wrong PIN shows the app's own message and keeps the mode
 * locked; the PIN is checked by the main process, never here.
 */
export function PinModal({ opened, onClose, onUnlocked }: { opened: boolean; onClose(): void; onUnlocked?(): void }) {
  const unlock = useChannelMutation('role:switch');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();

  const close = () => {
    setPin('');
    setError(undefined);
    onClose();
  };

  const submit = async () => {
    const problem = pinProblem(pin);
    if (problem) {
      setError(problem);
      return;
    }
    const result = await unlock.run({ role: 'trainer', pin });
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
    <PinFormModal
      opened={opened}
      title="Unlock trainer mode"
      onClose={close}
      onSubmit={submit}
      busy={unlock.busy}
      submitLabel="Unlock"
    >
      <Text>Trainer mode is locked on this laptop, so only a trainer can approve quotes. Type the trainer PIN.</Text>
      <PinField
        label="Trainer PIN"
        value={pin}
        onChange={(v) => {
          setPin(v);
          setError(undefined);
        }}
        error={error}
        autoFocus
      />
    </PinFormModal>
  );
}
