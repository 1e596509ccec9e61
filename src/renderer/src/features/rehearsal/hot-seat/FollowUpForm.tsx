import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { IconMessageQuestion } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import {
  FOLLOW_UP_LIMIT,
  MAX_QUESTION_SECONDS,
  MIN_QUESTION_SECONDS,
} from '../../../../../shared/features/rehearsal/hot-seat';
import { clampSeconds } from './deck';

/** A follow-up typed on the spot, the way a journalist presses a point; it goes on the stage as the next prompt. */
export function FollowUpForm({
  defaultSeconds,
  onAsk,
}: {
  defaultSeconds: number;
  onAsk(text: string, seconds: number): void;
}) {
  const [text, setText] = useState('');
  const [seconds, setSeconds] = useState(defaultSeconds);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onAsk(text, clampSeconds(seconds));
    setText('');
  };
  return (
    <form onSubmit={ask} aria-label="Ask a follow-up">
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Follow-up question"
          placeholder="So who pays for it?"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={FOLLOW_UP_LIMIT}
          style={{ flex: 1, minWidth: 220 }}
        />
        <NumberInput
          label="Seconds"
          value={seconds}
          min={MIN_QUESTION_SECONDS}
          max={MAX_QUESTION_SECONDS}
          step={5}
          w={110}
          onChange={(value) => typeof value === 'number' && setSeconds(value)}
        />
        <Button
          type="submit"
          variant="default"
          disabled={!text.trim()}
          leftSection={<IconMessageQuestion size={18} aria-hidden />}
        >
          Ask the follow-up
        </Button>
      </Group>
    </form>
  );
}
