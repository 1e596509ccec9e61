import { Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  AGENDA_LIMITS,
  blockFieldsSchema,
  EXERCISE_LABELS,
  EXERCISES,
  MAX_DAYS,
  type BlockFields,
} from '../../../../shared/features/agenda/schemas';
import { fromTimeInput, toTimeInput } from '../../../../shared/features/agenda/time';

const NO_EXERCISE = 'none';
const DAY_OPTIONS = Array.from({ length: MAX_DAYS }, (_, i) => ({ value: String(i + 1), label: `Day ${i + 1}` }));
const EXERCISE_OPTIONS = [
  { value: NO_EXERCISE, label: 'No linked exercise' },
  ...EXERCISES.map((e) => ({ value: e, label: EXERCISE_LABELS[e] })),
];

export interface BlockFormProps {
  initial: BlockFields;
  submitLabel: string;
  busy: boolean;
  onSubmit(fields: BlockFields): void;
  onCancel(): void;
}

/** One agenda block's fields, checked with the same schema the backend uses before anything is sent. */
export function BlockForm({ initial, submitLabel, busy, onSubmit, onCancel }: BlockFormProps) {
  const [day, setDay] = useState(String(initial.day));
  const [time, setTime] = useState(toTimeInput(initial.startMinute));
  const [duration, setDuration] = useState<number | string>(initial.durationMinutes);
  const [title, setTitle] = useState(initial.title);
  const [exercise, setExercise] = useState<string>(initial.exercise ?? NO_EXERCISE);
  const [notes, setNotes] = useState(initial.notes);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const startMinute = fromTimeInput(time);
    const parsed = blockFieldsSchema.safeParse({
      day: Number(day),
      startMinute: startMinute ?? -1,
      durationMinutes: typeof duration === 'number' ? duration : Number.NaN,
      title,
      exercise: exercise === NO_EXERCISE ? null : exercise,
      notes,
    });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
      if (startMinute === null) found.startMinute = 'Enter a start time, like 09:30';
      setErrors(found);
      return;
    }
    setErrors({});
    onSubmit(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="Title"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={AGENDA_LIMITS.title}
          error={errors.title}
          required
          data-autofocus
        />
        <Group grow align="flex-start">
          <Select label="Day" data={DAY_OPTIONS} value={day} onChange={(v) => setDay(v ?? '1')} allowDeselect={false} />
          <TextInput
            label="Start time"
            type="time"
            value={time}
            onChange={(e) => setTime(e.currentTarget.value)}
            error={errors.startMinute}
            required
          />
          <NumberInput
            label="Minutes"
            value={duration}
            onChange={setDuration}
            min={AGENDA_LIMITS.minDuration}
            max={AGENDA_LIMITS.maxDuration}
            step={5}
            error={errors.durationMinutes}
            required
          />
        </Group>
        <Select
          label="Linked exercise"
          description="The screen this session uses, opened from the agenda."
          data={EXERCISE_OPTIONS}
          value={exercise}
          onChange={(v) => setExercise(v ?? NO_EXERCISE)}
          allowDeselect={false}
        />
        <Textarea
          label="Facilitator notes"
          description="For trainers only: never shown to ambassadors or on the projector."
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          maxLength={AGENDA_LIMITS.notes}
          error={errors.notes}
          autosize
          minRows={3}
          maxRows={8}
        />
        <Text size="xs" c="dimmed">
          {notes.length} / {AGENDA_LIMITS.notes} characters in the notes
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
