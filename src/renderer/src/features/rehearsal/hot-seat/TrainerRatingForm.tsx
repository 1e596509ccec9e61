import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  TRAINER_COMMENT_LIMIT,
  TRAINER_SCORE_LABELS,
  TRAINER_SCORES,
} from '../../../../../shared/features/rehearsal/hot-seat';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { useChannelMutation } from '../../../api/channel-query';

type Score = (typeof TRAINER_SCORES)[number];

/** The trainer's score (1 to 5) and comment on one answer, saved signed with the trainer's name. */
export function TrainerRatingForm({
  take,
  ambassadorName,
  label,
  onRated,
}: {
  take: Take;
  ambassadorName: string;
  /** Names the answer, e.g. "answer 2" or "the follow-up to question 2". */
  label: string;
  onRated(take: Take): void;
}) {
  const rate = useChannelMutation('hotSeat:rateTake');
  const [score, setScore] = useState<Score | null>(take.trainerFeedback?.score ?? null);
  const [comment, setComment] = useState(take.trainerFeedback?.comment ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const saved = take.trainerFeedback;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) return setProblem('Choose a rating from 1 to 5 first.');
    setProblem(null);
    const result = await rate.run({ takeId: take.id, rating: { score, comment } });
    if (result.ok) onRated(result.value);
  };
  const error = problem ?? rate.error?.message;

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-label={`Your rating of ${label}`}>
      <Stack gap="sm">
        <Radio.Group
          label={`Your rating of ${label}`}
          value={score === null ? '' : String(score)}
          onChange={(value) => setScore(Number(value) as Score)}
        >
          <Group gap="md" mt={6}>
            {TRAINER_SCORES.map((n) => (
              <Radio key={n} value={String(n)} label={`${n}: ${TRAINER_SCORE_LABELS[n]}`} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={`Comment for ${ambassadorName}`}
          description="They read it with your name in their practice history. It is never shown on the stage."
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          maxLength={TRAINER_COMMENT_LIMIT}
          autosize
          minRows={2}
        />
        {error ? (
          <Text role="alert" c="var(--mantine-color-error)" fw={600}>
            {error}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={rate.busy} variant={saved ? 'default' : 'filled'}>
            {saved ? 'Update rating' : 'Save rating'}
          </Button>
          {saved ? (
            <Text role="status" size="sm">
              Saved: {saved.score} of 5. {ambassadorName} sees it in their history.
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
