import { Button, Group, MultiSelect, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconArmchair } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Cohort } from '../../../../../shared/features/cohorts/schemas';
import { CATEGORY_LABELS, type Question } from '../../../../../shared/features/question-bank/schemas';
import { INTERVIEW_TYPES, interviewType } from '../../../../../shared/features/rehearsal/interview-types';
import type { InterviewTypeId, RehearsalSession } from '../../../../../shared/features/rehearsal/schemas';
import { useChannelMutation } from '../../../api/channel-query';
import { useCohortAmbassadors } from '../../ambassadors/queries';
import { useQuestionSets } from '../../question-bank/queries';
import { addToDeck, isHostile, MAX_DECK, readyDeck, type DeckEntry } from './deck';
import { DeckEditor } from './DeckEditor';

/** Choosing who sits in the hot seat, the kind of interview and the deck (from a set, the bank, or both). */
export function HotSeatSetup({
  cohort,
  questions,
  onStarted,
}: {
  cohort: Cohort;
  questions: ReadonlyMap<string, Question>;
  onStarted(session: RehearsalSession, deck: DeckEntry[]): void;
}) {
  const people = useCohortAmbassadors(cohort.id);
  const sets = useQuestionSets(cohort.id);
  const start = useChannelMutation('hotSeat:start');
  const [ambassadorId, setAmbassadorId] = useState('');
  const [typeId, setTypeId] = useState<InterviewTypeId>('press-conference');
  const [deck, setDeck] = useState<DeckEntry[]>([]);
  const [fromBank, setFromBank] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const type = interviewType(typeId);

  const active = (people.data ?? []).filter((p) => !p.archivedAt);
  const bankOptions = useMemo(
    () =>
      [...questions.values()]
        .filter((q) => !q.retired)
        .map((q) => ({
          value: q.id,
          label: `${isHostile(q) ? 'Hostile: ' : ''}${q.text} (${CATEGORY_LABELS[q.category]})`,
        })),
    [questions],
  );
  const pick = (ids: string[]) => ids.map((id) => questions.get(id)).filter((q): q is Question => q !== undefined);

  const loadSet = (setId: string) => {
    const set = sets.data?.find((s) => s.id === setId);
    if (set) setDeck(addToDeck([], pick(set.questionIds), type));
  };
  const addFromBank = () => {
    setDeck(addToDeck(deck, pick(fromBank), type));
    setFromBank([]);
  };

  const begin = async () => {
    if (!ambassadorId) return setProblem('Choose who sits in the hot seat.');
    if (deck.length === 0) return setProblem('Put at least one question in the deck.');
    setProblem(null);
    const ready = readyDeck(deck);
    setDeck(ready);
    const result = await start.run({ ambassadorId, interviewType: typeId, deck: ready });
    if (result.ok) onStarted(result.value, ready);
  };
  const error = problem ?? start.error?.message;

  return (
    <Stack gap="md" maw={900}>
      <Group grow align="flex-start">
        <NativeSelect
          label="Ambassador in the hot seat"
          value={ambassadorId}
          onChange={(event) => setAmbassadorId(event.currentTarget.value)}
          data={[
            { value: '', label: 'Choose an ambassador…' },
            ...active.map((p) => ({ value: p.id, label: p.displayName })),
          ]}
        />
        <NativeSelect
          label="Interview type"
          description={`About ${type.answerSeconds} seconds an answer, unless you change a question's time.`}
          value={typeId}
          onChange={(event) => setTypeId(event.currentTarget.value as InterviewTypeId)}
          data={INTERVIEW_TYPES.map((t) => ({ value: t.id, label: t.name }))}
        />
      </Group>
      <Title order={3} size="h4">
        Question deck
      </Title>
      <Group align="flex-end" grow>
        <NativeSelect
          label="Start from a question set"
          value=""
          onChange={(event) => loadSet(event.currentTarget.value)}
          data={[
            { value: '', label: sets.data?.length ? 'Choose a set…' : 'No sets in this cohort yet' },
            ...(sets.data ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.questionIds.length})` })),
          ]}
        />
        <MultiSelect
          label="Add questions from the bank"
          data={bankOptions}
          value={fromBank}
          onChange={setFromBank}
          searchable
          maxValues={MAX_DECK}
        />
      </Group>
      <Group>
        <Button variant="default" onClick={addFromBank} disabled={fromBank.length === 0}>
          Add to the deck
        </Button>
        <Text size="sm">
          {deck.length} of at most {MAX_DECK} questions. Hostile ones are marked here only, never on the stage.
        </Text>
      </Group>
      <DeckEditor deck={deck} questions={questions} onChange={setDeck} />
      {error ? (
        <Text role="alert" c="var(--mantine-color-error)" fw={600}>
          {error}
        </Text>
      ) : null}
      <Group>
        <Button onClick={() => void begin()} loading={start.busy} leftSection={<IconArmchair size={18} aria-hidden />}>
          Start the hot seat
        </Button>
      </Group>
    </Stack>
  );
}
