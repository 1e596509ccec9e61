import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { AudioPlayer } from '../audio/AudioPlayer';
import { knownDurationMs } from '../audio/webm-duration';
import { RecordingPlayer } from '../report/RecordingPlayer';
import { MetricList } from '../take/MetricList';
import { RatingForm } from '../take/RatingForm';
import { TakeNotes } from '../take/TakeNotes';

const LABEL = 'Listen to your answer';

/**
 * The answer just given (or, in a resumed session, the one given before the reload): listen back, the
 * measures, the rating and notes. A fresh take plays from this laptop's copy; a resumed one from the database.
 */
export function TakeReview({
  take,
  playbackUrl,
  onRated,
}: {
  take: Take;
  playbackUrl: string | null;
  onRated(take: Take): void;
}) {
  const durationMs = knownDurationMs(take);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="take-heading">
      <Stack gap="md">
        <Title order={3} size="h4" id="take-heading">
          Your answer
        </Title>
        {playbackUrl ? (
          <AudioPlayer src={playbackUrl} knownDurationMs={durationMs} label={LABEL} />
        ) : take.hasRecording ? (
          <RecordingPlayer takeId={take.id} durationMs={durationMs} label={LABEL} />
        ) : (
          <Text size="sm">This answer was not recorded, so there is only its time.</Text>
        )}
        <MetricList durationMs={take.durationMs} targetSeconds={take.targetSeconds} metrics={take.metrics} />
        <RatingForm key={take.id} take={take} onRated={onRated} />
        <TakeNotes key={`notes-${take.id}`} take={take} />
      </Stack>
    </Paper>
  );
}
