import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBulb, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import type { TakeMetrics } from '../../../../../shared/features/rehearsal/schemas';
import { describeTake, type Tone } from '../metrics';

const TONE_ICON: Record<Tone, { icon: typeof IconCheck; color: string; label: string }> = {
  good: { icon: IconCheck, color: 'teal.9', label: 'Going well' },
  neutral: { icon: IconInfoCircle, color: 'gray.7', label: 'For information' },
  coach: { icon: IconBulb, color: 'yellow.9', label: 'Something to try' },
};

/** A take's measures as descriptions and ranges: no score, no red marks. */
export function MetricList({
  durationMs,
  targetSeconds,
  metrics,
  language,
}: {
  durationMs: number;
  targetSeconds: number;
  metrics: TakeMetrics | null;
  /** BCP-47 code of the take's language, for the words-a-minute range (default English). */
  language?: string;
}) {
  const lines = describeTake({ durationMs, targetSeconds, metrics, language });
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="take-metrics">
      {lines.map((line) => {
        const tone = TONE_ICON[line.tone];
        const Icon = tone.icon;
        return (
          <Group key={line.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon variant="filled" color={tone.color} size={28} radius="xl" aria-hidden>
              <Icon size={18} />
            </ThemeIcon>
            <div>
              <Text fw={700}>
                {line.label}:{' '}
                <Text span fw={400}>
                  {line.value}
                </Text>
              </Text>
              <Text size="sm">{line.note}</Text>
            </div>
          </Group>
        );
      })}
    </Stack>
  );
}
