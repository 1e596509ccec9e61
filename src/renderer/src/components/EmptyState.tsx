import { Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({
  title,
  children,
  action,
  order = 2,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  order?: TitleOrder;
}) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack gap="sm" align="flex-start" maw={640}>
        <Title order={order} size="h3">
          {title}
        </Title>
        {children ? <Text>{children}</Text> : null}
        {action}
      </Stack>
    </Paper>
  );
}
