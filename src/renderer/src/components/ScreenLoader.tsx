import { Group, Loader, Text } from '@mantine/core';

/** The one "loading" line: while a screen's code or its data loads. */
export function ScreenLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{label}</Text>
    </Group>
  );
}
