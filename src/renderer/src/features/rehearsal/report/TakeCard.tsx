import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import type { Question } from '../../../../../shared/features/question-bank/schemas';
import { knownDurationMs } from '../audio/webm-duration';
import { TrainerFeedbackNote } from '../hot-seat/TrainerFeedbackNote';
import { MetricList } from '../take/MetricList';
import { GRADE_TEXT } from '../take/RatingForm';
import { TakeNotes } from '../take/TakeNotes';
import { RecordingPlayer } from './RecordingPlayer';
import { TakeCompare } from './TakeCompare';
import { TakeDetails, TAKE_CARD_ATTRIBUTE } from './TakeDetails';

function RatingSummary({ take }: { take: Take }) {
  const r = take.rating;
  if (!r) return <Text size="sm">Not rated.</Text>;
  const yes = (value: boolean, text: string) => `${value ? '' : 'not '}${text}`;
  return (
    <Text size="sm">
      You rated it <strong>{GRADE_TEXT[r.grade].label}</strong>, confidence {r.confidence} of 5:{' '}
      {yes(r.bridged, 'bridged')}, {yes(r.usedStory, 'story or example')}, {yes(r.withinTime, 'within time')}.
    </Text>
  );
}

/** One answer in the session report: listen back, its measures, pace and pauses over it, a comparison, rating and notes. */
export function TakeCard({
  take,
  question,
  number,
  onDelete,
  ambassadorId,
  language,
}: {
  take: Take;
  question: Question | undefined;
  number: number;
  onDelete(take: Take): void;
  ambassadorId: string;
  /** BCP-47 code of the language the answers were given in, for the pace range. */
  language: string;
}) {
  const headingId = `report-take-${take.id}`;
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      {...{ [TAKE_CARD_ATTRIBUTE]: true }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {number}. {question?.text ?? 'A question that is no longer available'}
        </Title>
        {take.followUp ? <Text fw={600}>Follow-up: {take.followUp}</Text> : null}
        {take.hasRecording ? (
          <RecordingPlayer takeId={take.id} durationMs={knownDurationMs(take)} label={`Listen to answer ${number}`} />
        ) : (
          <Text size="sm">Not recorded.</Text>
        )}
        <MetricList
          durationMs={take.durationMs}
          targetSeconds={take.targetSeconds}
          metrics={take.metrics}
          language={language}
        />
        <TakeDetails take={take} language={language} />
        <TakeCompare take={take} ambassadorId={ambassadorId} number={number} language={language} />
        <TrainerFeedbackNote take={take} />
        {/* A hot-seat answer rated by the trainer needs no "Not rated." beside it. */}
        {take.trainerFeedback && !take.rating ? null : <RatingSummary take={take} />}
        <TakeNotes take={take} label={`Notes on answer ${number}`} />
        <Group>
          <Button
            variant="outline"
            color="red.9"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => onDelete(take)}
          >
            Delete answer {number}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
