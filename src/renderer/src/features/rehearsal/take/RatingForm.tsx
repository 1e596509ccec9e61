import { Button, Checkbox, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { GRADES, type Grade, type SelfRating, type Take } from '../../../../../shared/features/rehearsal/schemas';
import { withinTime } from '../report/summary';
import { useLatestRatingSave } from './useLatestRatingSave';

export const GRADE_TEXT: Record<Grade, { label: string; description: string }> = {
  again: { label: 'Again', description: 'I want to practise this one again soon' },
  hard: { label: 'Hard', description: 'I got through it, but it was hard' },
  good: { label: 'Good', description: 'It went well' },
  easy: { label: 'Easy', description: 'It felt easy, so ask me less often' },
};

const CONFIDENCE_LABELS = ['1: not yet', '2', '3: fairly', '4', '5: very'];

/**
 * Self-rating after a take. The four checks are for the ambassador's own reflection; the grade buttons
 * save everything and schedule the question's next practice (spaced repetition). Once graded, every change
 * of a check or of the confidence is saved at once with the same grade, so what is shown is what is stored.
 */
export function RatingForm({ take, onRated }: { take: Take; onRated(take: Take): void }) {
  const [rating, setRating] = useState<Omit<SelfRating, 'grade'>>(() => ({
    bridged: take.rating?.bridged ?? false,
    usedStory: take.rating?.usedStory ?? false,
    withinTime: take.rating?.withinTime ?? withinTime(take),
    confidence: take.rating?.confidence ?? 3,
  }));
  // The grade last chosen on this screen (the stored one until then): later changes are saved with it.
  const [grade, setGrade] = useState<Grade | null>(take.rating?.grade ?? null);
  // Which grade was pressed last, so only that button spins while the rating is saved.
  const [pressed, setPressed] = useState<Grade | null>(null);
  const saver = useLatestRatingSave(take.id, (saved) => {
    setPressed(null);
    onRated(saved);
  });
  const gradeBusy = saver.busy && pressed !== null;

  // The choices as of the last click, updated at once: two clicks before React renders again must both count,
  // which the `rating` of the render a handler was made in cannot promise.
  const latest = useRef(rating);
  const set = <K extends keyof typeof rating>(key: K, value: (typeof rating)[K]) => {
    const next = { ...latest.current, [key]: value };
    latest.current = next;
    setRating(next);
    if (grade) saver.save({ ...next, grade });
  };

  const save = (chosen: Grade) => {
    setPressed(chosen);
    setGrade(chosen);
    saver.save({ ...latest.current, grade: chosen });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={`rate-${take.id}`}>
      <Title order={3} size="h4" id={`rate-${take.id}`}>
        How did it go?
      </Title>
      <Checkbox
        label="I bridged to a key message"
        checked={rating.bridged}
        onChange={(e) => set('bridged', e.currentTarget.checked)}
      />
      <Checkbox
        label="I used a story or an example"
        checked={rating.usedStory}
        onChange={(e) => set('usedStory', e.currentTarget.checked)}
      />
      <Checkbox
        label="I finished within time"
        checked={rating.withinTime}
        onChange={(e) => set('withinTime', e.currentTarget.checked)}
      />
      <Radio.Group
        label="How confident did you feel?"
        value={String(rating.confidence)}
        onChange={(value) => set('confidence', Number(value))}
      >
        <Group gap="md" mt={4}>
          {CONFIDENCE_LABELS.map((label, index) => (
            <Radio key={label} value={String(index + 1)} label={label} />
          ))}
        </Group>
      </Radio.Group>
      <Text fw={600} id={`grade-${take.id}`}>
        When should this question come back?
      </Text>
      <Group gap="sm" role="group" aria-labelledby={`grade-${take.id}`}>
        {GRADES.map((grade) => (
          <Button
            key={grade}
            variant={take.rating?.grade === grade ? 'filled' : 'default'}
            loading={gradeBusy && pressed === grade}
            disabled={gradeBusy && pressed !== grade}
            onClick={() => save(grade)}
            aria-describedby={`grade-${take.id}-${grade}`}
            aria-pressed={take.rating?.grade === grade}
          >
            {GRADE_TEXT[grade].label}
          </Button>
        ))}
      </Group>
      <Stack gap={0}>
        {GRADES.map((grade) => (
          <Text key={grade} size="sm" id={`grade-${take.id}-${grade}`}>
            <strong>{GRADE_TEXT[grade].label}</strong>: {GRADE_TEXT[grade].description}.
          </Text>
        ))}
      </Stack>
      {take.rating ? (
        <Text role="status" fw={600}>
          Rating saved: {GRADE_TEXT[take.rating.grade].label}.
        </Text>
      ) : null}
    </Stack>
  );
}
