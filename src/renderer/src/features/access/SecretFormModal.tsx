import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** What every secret dialog looks like (unlocking, setting up, changing a PIN or passphrase). */
export function SecretFormModal({
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
