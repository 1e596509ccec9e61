import { Box, Button, Group, Kbd, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconMaximize, IconMinimize } from '@tabler/icons-react';
import { useEffect } from 'react';
import { PhaseIcon } from '../session/PhaseIcon';
import { formatClock, PHASE_TEXT, timerPhase, type TimerPhase } from '../session/timer';
import { useFullscreen } from './useFullscreen';
import { useStageKeys } from './useStageKeys';
import { useStageReceiver } from './useStageReceiver';

/**
 * Projector colours: black, a strong yellow with black text, a deep red with white text. Each pair is well
 * above 7:1 so the clock reads from the back of a bright room, and each phase also has its own icon and words.
 */
const STAGE_COLOURS: Record<TimerPhase, { background: string; color: string }> = {
  normal: { background: '#000000', color: '#ffffff' },
  warning: { background: '#ffd43b', color: '#000000' },
  danger: { background: '#a51111', color: '#ffffff' },
  overtime: { background: '#a51111', color: '#ffffff' },
};

/** The keys and the full-screen button, small at the foot of the wall: for whoever stands at the stage window. */
function StageControls({ fullscreen }: { fullscreen: ReturnType<typeof useFullscreen> }) {
  return (
    <Group justify="space-between" gap="sm" wrap="wrap" data-testid="stage-help">
      <Text fz="md" c="inherit">
        <Kbd>Space</Kbd> pause or resume · <Kbd>N</Kbd> next · <Kbd>F</Kbd> full screen
      </Text>
      {fullscreen.supported ? (
        <Button
          variant="outline"
          color="gray.0"
          size="xs"
          onClick={fullscreen.toggle}
          leftSection={
            fullscreen.active ? <IconMinimize size={16} aria-hidden /> : <IconMaximize size={16} aria-hidden />
          }
          style={{ color: 'inherit', borderColor: 'currentColor' }}
        >
          {fullscreen.active ? 'Leave full screen' : 'Full screen'}
        </Button>
      ) : null}
    </Group>
  );
}

/** The projector window: the current question and a large stage timer. Never notes, hints or ratings. */
export function StageView() {
  const { snapshot, elapsedMs, control } = useStageReceiver();
  const fullscreen = useFullscreen();
  useStageKeys({
    onPause: () => control('toggle-pause'),
    onNext: () => control('next'),
    onFullscreen: fullscreen.toggle,
  });

  useEffect(() => {
    document.title = 'Stage view · Ambassador Studio';
  }, []);

  if (!snapshot) {
    return (
      <Box
        component="main"
        mih="100vh"
        p="xl"
        style={{
          background: '#000',
          color: '#fff',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
        }}
      >
        <span />
        <Stack align="center" gap="md">
          <Title order={1} fz={48} c="#fff">
            Interview practice
          </Title>
          <Text fz={28} c="#fff" role="status">
            Waiting for the next question…
          </Text>
        </Stack>
        <StageControls fullscreen={fullscreen} />
      </Box>
    );
  }

  const targetMs = snapshot.targetSeconds * 1000;
  const phase = timerPhase(elapsedMs, targetMs);
  const colours = STAGE_COLOURS[phase];
  const started = snapshot.running || elapsedMs > 0;
  return (
    <Box
      component="main"
      mih="100vh"
      p="xl"
      data-testid="stage"
      data-phase={phase}
      style={{
        background: colours.background,
        color: colours.color,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
      }}
    >
      <Stack gap="sm">
        <Text fz={28} fw={600} c="inherit" data-testid="stage-position">
          {snapshot.followUp ? 'Follow-up to question' : 'Question'} {snapshot.position} of {snapshot.total}
        </Text>
        <Title order={1} c="inherit" style={{ fontSize: 'clamp(2rem, 5vw, 4.5rem)', lineHeight: 1.2 }}>
          {snapshot.question}
        </Title>
      </Stack>
      <Stack align="center" gap="xs">
        <Text role="timer" c="inherit" ff="monospace" fw={700} lh={1} style={{ fontSize: 'clamp(6rem, 22vw, 18rem)' }}>
          <VisuallyHidden component="span">{phase === 'overtime' ? 'Over time by ' : 'Time left '}</VisuallyHidden>
          {formatClock(elapsedMs, targetMs)}
        </Text>
        <Group gap="md" wrap="nowrap">
          <PhaseIcon phase={phase} size={56} />
          <Text fz={40} fw={700} c="inherit" data-testid="stage-phase">
            {!started ? 'Get ready' : snapshot.running ? PHASE_TEXT[phase].label : 'Paused'}
          </Text>
        </Group>
      </Stack>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {started ? PHASE_TEXT[phase].announcement : ''}
      </VisuallyHidden>
      <StageControls fullscreen={fullscreen} />
    </Box>
  );
}

export default StageView;
