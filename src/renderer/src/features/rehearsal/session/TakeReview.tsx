import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { knownDurationMs } from '../audio/webm-duration';
import { RecordingPlayer } from '../report/RecordingPlayer';
import { MetricList } from '../take/MetricList';
import { RatingForm } from '../take/RatingForm';
import { TakeNotes } from '../take/TakeNotes';
import { TakePlayer } from '../video/TakePlayer';

const LABEL = 'Listen to your answer';

/**
 * The answer just given (or, in a resumed session, the one given before the reload): listen back (or watch, on camera), the
 * measures, the rating and notes. A fresh take plays from this laptop's copy; a resumed one from the database.
 */
export function TakeReview({
  take,
  playbackUrl,
  onRated,
  language,
}: {
  take: Take;
  /** BCP-47 code of the answer's language, for the words-a-minute range (default English). */
  language?: string;
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
          <TakePlayer mime={take.recordingMime} src={playbackUrl} knownDurationMs={durationMs} label={LABEL} />
        ) : take.hasRecording ? (
          <RecordingPlayer takeId={take.id} durationMs={durationMs} label={LABEL} />
        ) : (
          <Text size="sm">This answer was not recorded, so there is only its time.</Text>
        )}
        <MetricList
          durationMs={take.durationMs}
          targetSeconds={take.targetSeconds}
          metrics={take.metrics}
          language={language}
        />
        <RatingForm key={take.id} take={take} onRated={onRated} />
        <TakeNotes key={`notes-${take.id}`} take={take} />
      </Stack>
    </Paper>
  );
}
