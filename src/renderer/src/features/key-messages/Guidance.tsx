import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { StepGuidance } from './guidance';

/** A step's heading, short guidance and a made-up example. */
export function Guidance({ guidance, headingId }: { guidance: StepGuidance; headingId?: string }) {
  return (
    <Stack gap="sm">
      <Title order={3} id={headingId} tabIndex={-1} style={{ outlineOffset: 4 }}>
        {guidance.title}
      </Title>
      <Text maw={720}>{guidance.intro}</Text>
      <List spacing={4} maw={720}>
        {guidance.tips.map((tip) => (
          <List.Item key={tip}>{tip}</List.Item>
        ))}
      </List>
      {guidance.example.length > 0 ? (
        <Paper withBorder p="sm" radius="md" maw={720}>
          <Text fw={700} size="sm" mb={4}>
            <IconBulb size={16} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 4 }} />
            An example (made up)
          </Text>
          <Stack gap={4}>
            {guidance.example.map((e) => (
              <Text key={e.label} size="sm">
                <Text span fw={600}>
                  {e.label}:
                </Text>{' '}
                {e.text}
              </Text>
            ))}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
