import { Box, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { formatCountdown } from '../../../../../shared/features/agenda/time';
import { useAgendaStageReceiver } from './useAgendaStageReceiver';

/** Projector colours (well above 7:1): black with white, and a deep red with white once a block runs over. */
const CALM = { background: '#000000', color: '#ffffff' };
const OVER = { background: '#a51111', color: '#ffffff' };

function Waiting({ text }: { text: string }) {
  return (
    <Box component="main" mih="100vh" p="xl" style={{ ...CALM, display: 'grid', placeItems: 'center' }}>
      <Stack align="center" gap="md">
        <Title order={1} fz={48} c="#fff">
          Agenda
        </Title>
        <Text fz={28} c="#fff" role="status">
          {text}
        </Text>
      </Stack>
    </Box>
  );
}

/** The agenda on the wall: what is on now with the minutes left, and what comes next. Never facilitator notes. */
export function AgendaStageView() {
  const { snapshot, remainingMs } = useAgendaStageReceiver();

  useEffect(() => {
    document.title = 'Agenda · Ambassador Studio';
  }, []);

  if (!snapshot) return <Waiting text="Waiting for the trainer’s laptop…" />;
  const { now, next } = snapshot;
  const over = now !== null && remainingMs < 0;
  const colours = over ? OVER : CALM;
  return (
    <Box
      component="main"
      mih="100vh"
      p="xl"
      data-testid="agenda-stage"
      data-over={over}
      style={{ ...colours, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', gap: 32 }}
    >
      <Stack gap="sm">
        <Text fz={28} fw={600} c="inherit">
          Day {snapshot.day} · {now ? 'Now' : 'Nothing on right now'}
        </Text>
        {now ? (
          <>
            <Title order={1} c="inherit" style={{ fontSize: 'clamp(2.5rem, 6vw, 5rem)', lineHeight: 1.15 }}>
              {now.title}
            </Title>
            <Text fz={32} c="inherit">
              {now.timeRange}
              {now.exercise ? ` · ${now.exercise}` : ''}
            </Text>
          </>
        ) : null}
      </Stack>
      {now ? (
        <Stack align="center" gap={0}>
          <Text
            role="timer"
            c="inherit"
            ff="monospace"
            fw={700}
            lh={1}
            style={{ fontSize: 'clamp(5rem, 18vw, 15rem)' }}
          >
            <VisuallyHidden component="span">{over ? 'Over time by ' : 'Time left '}</VisuallyHidden>
            {over ? '+' : ''}
            {formatCountdown(remainingMs)}
          </Text>
          <Text fz={36} fw={700} c="inherit" data-testid="agenda-stage-phase">
            {over ? 'Over time' : 'left in this session'}
          </Text>
        </Stack>
      ) : null}
      <Box style={{ borderTop: '2px solid currentColor', paddingTop: 16 }}>
        <Text fz={28} fw={600} c="inherit">
          {next ? 'Next' : 'Next: nothing more today'}
        </Text>
        {next ? (
          <Text fz={40} fw={700} c="inherit">
            {next.title} · {next.timeRange}
          </Text>
        ) : null}
      </Box>
    </Box>
  );
}

export default AgendaStageView;
