import { Button, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CATEGORY_LABELS, QUESTION_CATEGORIES, QUESTION_TEXT_LIMIT, type Question, type QuestionCategory, type QuestionContent } from '../../../../shared/features/question-bank/schemas';
import { useApi } from '../../api/ApiProvider';
import type { AppErrorShape } from '../../api/result';

const DIFFICULTY_LABELS = { 1: '1: gentle', 2: '2: tricky', 3: '3: tough' } as const;

function fieldErrors(error: AppErrorShape): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) out[issue.path.replace(/^content\./u, '')] ??= issue.message;
  return out;
}

/** Add a cohort question, or edit one of the cohort's own (built-in questions are retired, not edited). */
export function QuestionForm({ cohortId, question, onSaved }: { cohortId: string; question?: Question; onSaved(question: Question): void }) {
  const api = useApi();
  const [content, setContent] = useState<QuestionContent>(() => ({
    category: question?.category ?? 'hostile',
    difficulty: question?.difficulty ?? 2,
    text: question?.text ?? '',
    bridgeHint: question?.bridgeHint ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof QuestionContent>(key: K, value: QuestionContent[K]) => {
    setContent((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [key]: '' }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!content.text.trim()) {
      setErrors({ text: 'Write the question.' });
      return;
    }
    setBusy(true);
    const result = question ? await api['question:edit']({ id: question.id, content }) : await api['question:add']({ cohortId, content });
    setBusy(false);
    if (!result.ok) {
      const byField = fieldErrors(result.error);
      setErrors(Object.keys(byField).length > 0 ? byField : { text: result.error.message });
      return;
    }
    onSaved(result.value);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Textarea
          label="Question"
          required
          autosize
          minRows={2}
          maxLength={QUESTION_TEXT_LIMIT}
          value={content.text}
          onChange={(event) => set('text', event.currentTarget.value)}
          error={errors.text || undefined}
          data-autofocus
        />
        <Textarea
          label="Bridge hint"
          description="A short tip for getting back to a key message. Shown only on the laptop, never on the stage view."
          autosize
          minRows={2}
          maxLength={QUESTION_TEXT_LIMIT}
          value={content.bridgeHint}
          onChange={(event) => set('bridgeHint', event.currentTarget.value)}
          error={errors.bridgeHint || undefined}
        />
        <NativeSelect
          label="Category"
          value={content.category}
          onChange={(event) => set('category', event.currentTarget.value as QuestionCategory)}
          data={QUESTION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          error={errors.category || undefined}
        />
        <Radio.Group
          label="Difficulty"
          value={String(content.difficulty)}
          onChange={(value) => set('difficulty', Number(value) as 1 | 2 | 3)}
        >
          <Group gap="md" mt={4}>
            {([1, 2, 3] as const).map((d) => (
              <Radio key={d} value={String(d)} label={DIFFICULTY_LABELS[d]} />
            ))}
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={busy}>
            {question ? 'Save question' : 'Add question'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
