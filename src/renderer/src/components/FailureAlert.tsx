import { Alert, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Mantine tints an alert's text to its colour, which is too faint to read on the tinted background. */
const READABLE = { message: { color: 'var(--mantine-color-text)' } };

/**
 * An action that did not work, announced at once: what failed (the title), the backend's sentence about why,
 * then anything that helps (children) and the details it gave, one a line.
 */
export function FailureAlert({
  title,
  message,
  details = [],
  tone = 'error',
  children,
}: {
  title: string;
  message: string;
  details?: string[];
  /** `refusal`: nothing went wrong, the app said no and why (shown in orange, not red). */
  tone?: 'error' | 'refusal';
  children?: ReactNode;
}) {
  return (
    <Alert color={tone === 'error' ? 'red' : 'orange'} variant="light" title={title} role="alert" styles={READABLE}>
      <Stack gap={4}>
        <Text>{message}</Text>
        {children}
        {details.length > 0 ? (
          <List spacing={2}>
            {details.map((detail, index) => (
              <List.Item key={`${index}:${detail}`}>{detail}</List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Alert>
  );
}
