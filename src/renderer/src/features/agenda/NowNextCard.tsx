import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconPresentation } from '@tabler/icons-react';
import { formatCountdown, formatTimeRange } from '../../../../shared/features/agenda/time';
import type { AgendaClock } from './useNowNext';

export interface NowNextCardProps {
  clock: AgendaClock;
  /** Facilitator notes of the block on now stay here on the laptop; the projector never gets them. */
  showNotes: boolean;
  openStage(): void;
}

/** The laptop's view of the projector: what is on now, the minutes left, what is next, and the controls. */
export function NowNextCard({ clock, showNotes, openStage }: NowNextCardProps) {
  const { now, next, remainingMs, manual, day, days } = clock;
  const over = now !== null && remainingMs < 0;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="agenda-now-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={3} id="agenda-now-heading">
            Now and next
          </Title>
          <Group gap="sm" wrap="wrap">
            {days.length > 1 ? (
              <SegmentedControl
                aria-label="Day shown"
                size="xs"
                value={String(day)}
                onChange={(value) => clock.setDay(Number(value))}
                data={days.map((d) => ({ value: String(d), label: `Day ${d}` }))}
              />
            ) : null}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPresentation size={16} aria-hidden />}
              onClick={openStage}
            >
              Open projector view
            </Button>
          </Group>
        </Group>
        {now ? (
          <Stack gap={2} data-testid="agenda-now">
            <Group gap="xs">
              <Text size="sm" fw={600}>
                Now · {formatTimeRange(now.startMinute, now.durationMinutes)}
              </Text>
              {manual ? <Badge variant="light">Started by hand</Badge> : null}
            </Group>
            <Text fz="lg" fw={700} dir="auto">
              {now.title}
            </Text>
            <Text role="timer" aria-live="off" fw={700} c={over ? 'red.8' : undefined}>
              {over ? `${formatCountdown(remainingMs)} over time` : `${formatCountdown(remainingMs)} left`}
            </Text>
            {showNotes && now.notes ? (
              <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                Notes (this laptop only): {now.notes}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text data-testid="agenda-now">Nothing on right now on day {day}.</Text>
        )}
        <Text data-testid="agenda-next">
          {next
            ? `Next: ${next.title} · ${formatTimeRange(next.startMinute, next.durationMinutes)}`
            : 'Next: nothing more on this day.'}
        </Text>
        {manual ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconClock size={16} aria-hidden />}
            onClick={clock.followClock}
            style={{ alignSelf: 'flex-start' }}
          >
            Back to the clock
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
