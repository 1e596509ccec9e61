import { Group, Loader, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useRef } from 'react';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { PauseWaveform } from './PauseWaveform';
import { useTakeAnalysis } from './take-analysis';

// The charts library is large; it loads with the first report that has a recording, not with the practice screen.
const PaceChart = lazy(() => import('./PaceChart'));

/** Marks the element that holds one take's player, so the waveform can move that player (and no other). */
export const TAKE_CARD_ATTRIBUTE = 'data-take-card';

/**
 * Plays the take's own recording from a moment. The player keeps its media element to itself; moving the
 * element's time is what its own slider does, and its timeupdate listener then follows.
 */
function playTakeFrom(from: HTMLElement | null, seconds: number) {
  const media = from?.closest(`[${TAKE_CARD_ATTRIBUTE}]`)?.querySelector<HTMLMediaElement>('audio, video');
  if (!media) return;
  media.currentTime = seconds;
  // A refused play (no sound device, autoplay rules) still leaves the player at the pause.
  media.play()?.catch(() => undefined);
}

/** Pace over the answer and the pauses on a waveform, measured from the stored recording when the report opens. */
export function TakeDetails({ take, language }: { take: Take; language: string }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const state = useTakeAnalysis(take.id, take.hasRecording);
  if (!take.hasRecording || state.status === 'none') return null;
  return (
    <div ref={rootRef} data-testid="take-details">
      {state.status === 'loading' ? (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden />
          <Text size="sm">Measuring pace and pauses over the answer…</Text>
        </Group>
      ) : state.status === 'error' ? (
        <Text size="sm">The pace and pauses over the answer could not be shown: {state.message}</Text>
      ) : (
        <Stack gap="md">
          <Suspense fallback={<Text size="sm">Loading the pace chart…</Text>}>
            <PaceChart
              syllableTimes={state.analysis.metrics.syllableTimes}
              durationSeconds={state.analysis.metrics.durationSeconds}
              language={language}
              headingId={`pace-${take.id}`}
            />
          </Suspense>
          <PauseWaveform
            envelope={state.analysis.envelope}
            pauses={state.analysis.metrics.pauses}
            minPauseSeconds={state.analysis.metrics.minPauseSeconds}
            headingId={`pauses-${take.id}`}
            onPlayFrom={(seconds) => playTakeFrom(rootRef.current, seconds)}
          />
        </Stack>
      )}
    </div>
  );
}
