import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FieldComments } from './FieldComments';

/** A field with its open comments (and, in trainer mode, a "Comment" button) right under it. */
export function CommentedField({ field, label, children }: { field: string; label: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      {children}
      <FieldComments field={field} label={label} />
    </Stack>
  );
}
