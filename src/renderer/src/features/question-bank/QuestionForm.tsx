import { Button, Group, NativeSelect, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CATEGORY_LABELS,
  QUESTION_CATEGORIES,
  QUESTION_TEXT_LIMIT,
  type Question,
  type QuestionContent,
} from '../../../../shared/features/question-bank/schemas';
import { useChannelMutation } from '../../api/channel-query';
import type { AppErrorShape } from '../../api/result';

const DIFFICULTY_LABELS = { 1: '1: gentle', 2: '2: tricky', 3: '3: tough' } as const;

/** The backend's issues by field; its paths start with `content.`, the form's do not. */
function fieldErrors(error: AppErrorShape): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) out[issue.path.replace(/^content\./u, '')] ??= issue.message;
  return out;
}

/** Add a cohort question, or edit one of the cohort's own (built-in questions are retired, not edited). */
export function QuestionForm({
  cohortId,
  question,
  onSaved,
}: {
  cohortId: string;
  question?: Question;
  onSaved(question: Question): void;
}) {
  const add = useChannelMutation('question:add');
  const edit = useChannelMutation('question:edit');
  const form = useForm<QuestionContent>({
    mode: 'controlled',
    initialValues: {
      category: question?.category ?? 'hostile',
      difficulty: question?.difficulty ?? 2,
      text: question?.text ?? '',
      bridgeHint: question?.bridgeHint ?? '',
    },
    validate: { text: (text) => (text.trim() ? null : 'Write the question.') },
  });

  const save = async (content: QuestionContent) => {
    const result = question ? await edit.run({ id: question.id, content }) : await add.run({ cohortId, content });
    if (!result.ok) {
      const byField = fieldErrors(result.error);
      form.setErrors(Object.keys(byField).length > 0 ? byField : { text: result.error.message });
      return;
    }
    onSaved(result.value);
  };

  return (
    <form onSubmit={form.onSubmit((content) => void save(content))} noValidate>
      <Stack gap="md">
        <Textarea
          label="Question"
          required
          autosize
          minRows={2}
          maxLength={QUESTION_TEXT_LIMIT}
          {...form.getInputProps('text')}
          data-autofocus
        />
        <Textarea
          label="Bridge hint"
          description="A short tip for getting back to a key message. Shown only on the laptop, never on the stage view."
          autosize
          minRows={2}
          maxLength={QUESTION_TEXT_LIMIT}
          {...form.getInputProps('bridgeHint')}
        />
        <NativeSelect
          label="Category"
          data={QUESTION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          {...form.getInputProps('category')}
        />
        <Radio.Group
          label="Difficulty"
          value={String(form.values.difficulty)}
          onChange={(value) => form.setFieldValue('difficulty', Number(value) as 1 | 2 | 3)}
        >
          <Group gap="md" mt={4}>
            {([1, 2, 3] as const).map((d) => (
              <Radio key={d} value={String(d)} label={DIFFICULTY_LABELS[d]} />
            ))}
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit" loading={add.busy || edit.busy}>
            {question ? 'Save question' : 'Add question'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
