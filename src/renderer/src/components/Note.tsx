import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

const TEXT = { color: 'var(--mantine-color-text)' };

/**
 * A calm, highlighted note. Mantine's Alert defaults to role="alert" (announced at once) and tinted text
 * that is too faint on its background; notes are neither urgent nor hard to read.
 */
export function Note({
  title,
  icon,
  tone = 'info',
  children,
}: {
  title?: ReactNode;
  icon?: ReactNode;
  tone?: 'info' | 'warning';
  children: ReactNode;
}) {
  return (
    <Alert
      role="note"
      variant="light"
      color={tone === 'warning' ? 'yellow' : 'indigo'}
      title={title}
      icon={icon}
      styles={{ title: { ...TEXT, fontWeight: 700 }, message: TEXT }}
    >
      {children}
    </Alert>
  );
}
