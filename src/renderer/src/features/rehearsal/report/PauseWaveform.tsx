import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { Pause } from '../../../../../shared/speech';
import { describePause, labelledPauses, normalised, pausesSentence, type Envelope } from './waveform';

const HEIGHT = 64;
const MIDDLE = HEIGHT / 2;
/** Heard leading into a pause when it is played from the list: the words before it give it meaning. */
export const LEAD_IN_SECONDS = 1;

function wavePath(envelope: Envelope): string {
  return envelope.max
    .map((high, c) => `M${c + 0.5} ${MIDDLE - high * (MIDDLE - 2)}V${MIDDLE - envelope.min[c]! * (MIDDLE - 2) + 0.5}`)
    .join('');
}

/**
 * The recording's waveform with its pauses shaded and the long ones labelled. The drawing is for the eye
 * (hidden from screen readers); the sentence under the title and the list of pauses say the same in words,
 * and each pause in the list plays the answer from just before it.
 */
export function PauseWaveform({
  envelope,
  pauses,
  minPauseSeconds,
  headingId,
  onPlayFrom,
}: {
  envelope: Envelope;
  pauses: readonly Pause[];
  minPauseSeconds: number;
  headingId: string;
  onPlayFrom(seconds: number): void;
}) {
  const wave = normalised(envelope);
  const columns = wave.max.length;
  const duration = envelope.durationSeconds || 1;
  const x = (seconds: number) => (seconds / duration) * columns;
  const percent = (seconds: number) => `${Math.min(100, (seconds / duration) * 100)}%`;
  const playFrom = (pause: Pause) => onPlayFrom(Math.max(0, pause.start - LEAD_IN_SECONDS));

  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={headingId} data-testid="pause-waveform">
      <Title order={4} size="h6" id={headingId}>
        Where the pauses fell
      </Title>
      <Text size="sm" component="figcaption" data-testid="pause-summary">
        {pausesSentence(pauses, minPauseSeconds)}
      </Text>
      <Box pos="relative" aria-hidden="true">
        <svg
          width="100%"
          height={HEIGHT}
          viewBox={`0 0 ${columns} ${HEIGHT}`}
          preserveAspectRatio="none"
          style={{ display: 'block' }}
        >
          {pauses.map((pause) => (
            <rect
              key={pause.start}
              x={x(pause.start)}
              width={Math.max(1, x(pause.end) - x(pause.start))}
              y={0}
              height={HEIGHT}
              fill="var(--mantine-color-yellow-light)"
              stroke="var(--mantine-color-yellow-outline)"
              strokeWidth={0.5}
              vectorEffect="non-scaling-stroke"
              style={{ cursor: 'pointer' }}
              onClick={() => playFrom(pause)}
            />
          ))}
          <path
            d={wavePath(wave)}
            stroke="var(--mantine-color-indigo-light-color)"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        {labelledPauses(pauses).map((pause) => (
          <Text
            key={pause.start}
            size="xs"
            fw={700}
            pos="absolute"
            top={0}
            px={4}
            // A label near the right edge hangs to the left of its pause's end, so it never runs off the card.
            {...(pause.start / duration > 0.85
              ? { right: `calc(100% - ${percent(pause.end)})` }
              : { left: percent(pause.start) })}
            style={{ pointerEvents: 'none', whiteSpace: 'nowrap' }}
          >
            {pause.duration.toFixed(1)} s
          </Text>
        ))}
      </Box>
      {pauses.length > 0 ? (
        <details>
          <summary>List the pauses</summary>
          <Group gap="xs" mt="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
            {pauses.map((pause) => (
              <li key={pause.start}>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconPlayerPlay size={14} aria-hidden />}
                  onClick={() => playFrom(pause)}
                >
                  Play from the pause at {describePause(pause)}
                </Button>
              </li>
            ))}
          </Group>
        </details>
      ) : null}
    </Stack>
  );
}
