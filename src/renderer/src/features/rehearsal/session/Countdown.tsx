import { Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import { PhaseIcon } from './PhaseIcon';
import { formatClock, PHASE_COLOR, PHASE_TEXT, timerPhase } from './timer';

export type CountdownStatus = 'ready' | 'running' | 'paused' | 'done';

const STATUS_LABEL: Record<Exclude<CountdownStatus, 'running'>, string> = {
  ready: 'Ready when you are',
  paused: 'Paused',
  done: 'Answer finished',
};

/**
 * The laptop's answer countdown. The digits are a role="timer" (not announced every second); the phase has
 * its own polite live region whose text only changes when the phase does, so a screen reader hears
 * "head for your key message" once rather than a stream of numbers.
 */
export function Countdown({
  elapsedMs,
  targetSeconds,
  status,
}: {
  elapsedMs: number;
  targetSeconds: number;
  status: CountdownStatus;
}) {
  const targetMs = targetSeconds * 1000;
  const phase = timerPhase(elapsedMs, targetMs);
  const color = PHASE_COLOR[phase];
  const announcement =
    status === 'running' ? PHASE_TEXT[phase].announcement : status === 'paused' ? 'The clock is paused.' : '';
  return (
    <Paper
      p="md"
      radius="md"
      data-testid="countdown"
      data-phase={phase}
      style={{
        border: `3px solid var(--mantine-color-${color}-filled)`,
        background: `var(--mantine-color-${color}-light)`,
      }}
    >
      <Group gap="md" wrap="nowrap" align="center">
        <PhaseIcon phase={phase} size={36} />
        <Text role="timer" fz={44} fw={700} ff="monospace" lh={1}>
          <VisuallyHidden component="span">{phase === 'overtime' ? 'Over time by ' : 'Time left '}</VisuallyHidden>
          {formatClock(elapsedMs, targetMs)}
        </Text>
        <Text fw={600}>{status === 'running' ? PHASE_TEXT[phase].label : STATUS_LABEL[status]}</Text>
      </Group>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </Paper>
  );
}
