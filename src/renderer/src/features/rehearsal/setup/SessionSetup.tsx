import {
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { INTERVIEW_TYPES, interviewType } from '../../../../../shared/features/rehearsal/interview-types';
import type {
  InterviewTypeId,
  RehearsalMode,
  RehearsalSession,
} from '../../../../../shared/features/rehearsal/schemas';
import {
  CATEGORY_LABELS,
  QUESTION_CATEGORIES,
  type QuestionCategory,
} from '../../../../../shared/features/question-bank/schemas';
import { useChannelMutation } from '../../../api/channel-query';
import { formatSeconds } from '../session/timer';
import { useQuestionSets } from '../../question-bank/queries';
import { CameraSetupNote } from '../video/CameraSetupNote';

const MODE_TEXT: Record<RehearsalMode, { label: string; description: string }> = {
  due: {
    label: 'Questions due for practice',
    description: 'The questions you found hard come back sooner; new ones fill the rest.',
  },
  random: { label: 'Random questions', description: 'A surprise mix, like a real interview.' },
  set: { label: "A trainer's set", description: 'The questions your trainer picked for the group.' },
};

export interface SetupChoices {
  interviewType: InterviewTypeId;
  count: number;
  categories: QuestionCategory[];
  mode: RehearsalMode;
  setId: string;
}

export const DEFAULT_CHOICES: SetupChoices = {
  interviewType: 'live-radio',
  count: 3,
  categories: [],
  mode: 'due',
  setId: '',
};

/** Choose the interview type, how many questions, which categories and how they are picked; then start. */
export function SessionSetup({
  ambassadorId,
  cohortId,
  initial,
  onStarted,
}: {
  ambassadorId: string;
  cohortId: string | null;
  initial?: Partial<SetupChoices>;
  onStarted(session: RehearsalSession): void;
}) {
  const start = useChannelMutation('rehearsal:start');
  const sets = useQuestionSets(cohortId);
  const [choices, setChoices] = useState<SetupChoices>({ ...DEFAULT_CHOICES, ...initial });
  // What is in the box, which may be empty while someone types a new number.
  const [countText, setCountText] = useState<number | string>(choices.count);
  // A check before starting or the backend's refusal; either clears as soon as a choice changes.
  const [error, setError] = useState<string | null>(null);
  const type = interviewType(choices.interviewType);
  const setList = sets.data ?? [];
  const set = <K extends keyof SetupChoices>(key: K, value: SetupChoices[K]) => {
    setChoices((previous) => ({ ...previous, [key]: value }));
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const count = Number(countText);
    if (!Number.isInteger(count) || count < 1 || count > 30) {
      setError('Choose how many questions you want: a number from 1 to 30.');
      return;
    }
    const setId = choices.setId || setList[0]?.id;
    if (choices.mode === 'set' && !setId) {
      setError("There is no trainer's set yet. Choose another way to pick questions.");
      return;
    }
    const result = await start.run({
      ambassadorId,
      interviewType: choices.interviewType,
      mode: choices.mode,
      count,
      categories: choices.mode === 'set' ? [] : choices.categories,
      ...(choices.mode === 'set' && setId ? { setId } : {}),
    });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onStarted(result.value);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="setup-heading">
      <Stack gap="lg" maw={820}>
        <Title order={2} size="h3" id="setup-heading">
          Set up a practice session
        </Title>

        <Stack gap="sm">
          <NativeSelect
            label="Interview type"
            description="Each type has its own answer time and a few rules."
            value={choices.interviewType}
            onChange={(event) => set('interviewType', event.currentTarget.value as InterviewTypeId)}
            data={INTERVIEW_TYPES.map((t) => ({ value: t.id, label: t.name }))}
          />
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="type-rules-heading">
            <Stack gap={6}>
              <Title order={3} size="h5" id="type-rules-heading">
                {type.name}: about {formatSeconds(type.answerSeconds)} an answer
              </Title>
              <List spacing={4}>
                {type.rules.map((rule) => (
                  <List.Item key={rule}>{rule}</List.Item>
                ))}
              </List>
              <CameraSetupNote type={choices.interviewType} />
            </Stack>
          </Paper>
        </Stack>

        <NumberInput
          label="Number of questions"
          description="Between 1 and 30. Three is a good start."
          min={1}
          max={30}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          value={countText}
          onChange={(value) => {
            setCountText(value);
            setError(null);
          }}
          maw={240}
        />

        <Radio.Group
          label="Which questions?"
          value={choices.mode}
          onChange={(value) => set('mode', value as RehearsalMode)}
        >
          <Stack gap="xs" mt="xs">
            {(Object.keys(MODE_TEXT) as RehearsalMode[]).map((mode) => (
              <Radio
                key={mode}
                value={mode}
                label={MODE_TEXT[mode].label}
                description={
                  mode === 'set' && setList.length === 0
                    ? 'Your trainer has not made a set yet.'
                    : MODE_TEXT[mode].description
                }
                disabled={mode === 'set' && setList.length === 0}
              />
            ))}
          </Stack>
        </Radio.Group>

        {choices.mode === 'set' && setList.length > 0 ? (
          <NativeSelect
            label="Trainer's set"
            value={choices.setId || setList[0]?.id}
            onChange={(event) => set('setId', event.currentTarget.value)}
            data={setList.map((s) => ({ value: s.id, label: `${s.name} (${s.questionIds.length} questions)` }))}
          />
        ) : (
          <Checkbox.Group
            label="Categories"
            description="Tick the kinds of question you want. Leave them all empty for a mix of everything."
            value={choices.categories}
            onChange={(value) => set('categories', value as QuestionCategory[])}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {QUESTION_CATEGORIES.map((category) => (
                <Checkbox key={category} value={category} label={CATEGORY_LABELS[category]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}

        {error ? (
          <Text role="alert" c="var(--mantine-color-error)" fw={600}>
            {error}
          </Text>
        ) : null}

        <Group>
          <Button type="submit" size="md" loading={start.busy} leftSection={<IconPlayerPlay size={18} aria-hidden />}>
            Start practice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
