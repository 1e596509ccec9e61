import { Group, Loader, Text } from '@mantine/core';

/** Shown while a screen's code is loading (screens with live checks are loaded when first opened). */
export function ScreenLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{label}</Text>
    </Group>
  );
}
