import { Blockquote, Stack, Text } from '@mantine/core';
import { TRAINER_SCORE_LABELS } from '../../../../../shared/features/rehearsal/hot-seat';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';

/** When the rating was given, in the reader's own locale and way of writing dates. */
function ratedOn(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** What the ambassador reads under a hot-seat answer: the trainer's rating and comment, signed. */
export function TrainerFeedbackNote({ take }: { take: Take }) {
  const feedback = take.trainerFeedback;
  if (!feedback) return null;
  const when = ratedOn(feedback.ratedAt);
  return (
    <Stack gap={4} data-testid="trainer-feedback">
      <Text size="sm" fw={600}>
        {feedback.trainerName} rated this answer {feedback.score} of 5: {TRAINER_SCORE_LABELS[feedback.score]}
        {when ? ` (${when})` : ''}.
      </Text>
      {feedback.comment ? (
        <Blockquote p="sm" color="blue" cite={`— ${feedback.trainerName}`}>
          {feedback.comment}
        </Blockquote>
      ) : null}
    </Stack>
  );
}
