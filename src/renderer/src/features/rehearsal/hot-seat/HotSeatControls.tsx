import { Badge, Button, Group, Switch, Text } from '@mantine/core';
import {
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerRecord,
  IconPlayerStop,
  IconPlayerTrackNext,
} from '@tabler/icons-react';
import type { HotSeatRun } from './useHotSeatRun';

/** Start, pause or resume, stop, next: the trainer's buttons (the same as Space and N). */
export function HotSeatControls({ run, onFinish }: { run: HotSeatRun; onFinish(): void }) {
  const { phase, clock } = run;
  return (
    <Group gap="sm">
      {phase === 'ready' ? (
        <>
          <Button
            size="md"
            onClick={() => void run.start()}
            leftSection={
              run.record ? <IconPlayerRecord size={18} aria-hidden /> : <IconPlayerPlay size={18} aria-hidden />
            }
          >
            {run.record ? 'Start recording' : 'Start the clock'}
          </Button>
          <Switch
            label="Record answers"
            checked={run.record}
            onChange={(event) => run.setRecord(event.currentTarget.checked)}
          />
        </>
      ) : null}
      {phase === 'answering' ? (
        <>
          <Button
            size="md"
            variant="default"
            onClick={run.togglePause}
            leftSection={
              clock.running ? <IconPlayerPause size={18} aria-hidden /> : <IconPlayerPlay size={18} aria-hidden />
            }
          >
            {clock.running ? 'Pause' : 'Resume'}
          </Button>
          <Button
            size="md"
            color="red.9"
            onClick={() => void run.stop()}
            leftSection={<IconPlayerStop size={18} aria-hidden />}
          >
            End answer
          </Button>
          <Badge size="lg" variant="filled" color={run.recording ? 'red.9' : 'gray.8'} tt="none">
            {run.recording ? 'Recording' : 'Not recording'}
          </Badge>
        </>
      ) : null}
      {phase === 'saving' ? (
        <Text role="status" fw={600}>
          Saving the answer…
        </Text>
      ) : null}
      {phase === 'ready' || phase === 'rating' ? (
        <Button
          size="md"
          variant={phase === 'rating' ? 'filled' : 'subtle'}
          onClick={run.isLast ? onFinish : run.next}
          rightSection={<IconPlayerTrackNext size={18} aria-hidden />}
        >
          {run.isLast ? 'Finish the interview' : phase === 'rating' ? 'Next question' : 'Skip this question'}
        </Button>
      ) : null}
    </Group>
  );
}
