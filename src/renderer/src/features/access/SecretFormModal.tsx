import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SecretFormHandle } from './useSecretForm';

/**
 * What every secret dialog looks like (unlocking, setting up, changing a PIN or passphrase). Closing it empties
 * the form, so what was typed is not there for the next person who opens it.
 */
export function SecretFormModal({
  opened = true,
  title,
  onClose,
  secretForm,
  submitLabel,
  submitColor,
  children,
}: {
  opened?: boolean;
  title: string;
  onClose(): void;
  /** The form from useSecretForm. */
  secretForm: SecretFormHandle;
  submitLabel: string;
  submitColor?: string;
  children: ReactNode;
}) {
  const close = () => {
    secretForm.form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={secretForm.submit} noValidate>
        <Stack gap="md">
          {children}
          <Group>
            <Button type="submit" loading={secretForm.form.submitting} color={submitColor}>
              {submitLabel}
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
