import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';

/**
 * Asks before a step that is hard to take back (delete, retire, archive). The step is the red button and names
 * itself; "Keep it" is always the way out.
 */
export function confirmDanger({
  title,
  text,
  confirm,
  onConfirm,
}: {
  title: string;
  text: ReactNode;
  /** The red button's label, e.g. "Delete". */
  confirm: string;
  onConfirm(): void;
}): void {
  modals.openConfirmModal({
    title,
    children: <Text>{text}</Text>,
    labels: { confirm, cancel: 'Keep it' },
    confirmProps: { color: 'red.9' },
    onConfirm,
  });
}
