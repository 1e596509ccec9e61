import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const PAGE_TITLE_ID = 'page-title';

/** The screen's h1 (focused after navigation, so screen readers announce the new page) and its intro. */
export function PageHeader({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1} id={PAGE_TITLE_ID} tabIndex={-1} style={{ outlineOffset: 4 }}>
        {title}
      </Title>
      {intro ? (
        <Text size="lg" maw={720}>
          {intro}
        </Text>
      ) : null}
      {children}
    </Stack>
  );
}
