import { ActionIcon, Badge, Group, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { CATEGORY_LABELS, type Question } from '../../../../../shared/features/question-bank/schemas';
import { MAX_QUESTION_SECONDS, MIN_QUESTION_SECONDS } from '../../../../../shared/features/rehearsal/hot-seat';
import { isHostile, moveInDeck, removeFromDeck, setSeconds, type DeckEntry } from './deck';

/** The deck in running order: each question with its time (seconds), hostile ones marked, to reorder or drop. */
export function DeckEditor({
  deck,
  questions,
  onChange,
}: {
  deck: DeckEntry[];
  questions: ReadonlyMap<string, Question>;
  onChange(deck: DeckEntry[]): void;
}) {
  if (deck.length === 0) {
    return <Text>No questions in the deck yet. Load a set or add questions from the bank.</Text>;
  }
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Questions in the deck">
      {deck.map((entry, index) => {
        const question = questions.get(entry.questionId);
        const number = index + 1;
        return (
          <Paper component="li" key={entry.questionId} withBorder p="sm" radius="md">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Text fw={600}>
                  {number}. {question?.text ?? 'A question that is no longer in the bank'}
                </Text>
                <Group gap="xs">
                  {/* A hostile question's category is its badge, said once. */}
                  {question && !isHostile(question) ? (
                    <Text size="sm">{CATEGORY_LABELS[question.category]}</Text>
                  ) : null}
                  {isHostile(question) ? (
                    <Badge color="red.9" variant="filled" tt="none">
                      Hostile
                    </Badge>
                  ) : null}
                </Group>
              </Stack>
              <NumberInput
                label={`Seconds for question ${number}`}
                value={entry.seconds}
                min={MIN_QUESTION_SECONDS}
                max={MAX_QUESTION_SECONDS}
                step={5}
                w={170}
                clampBehavior="blur"
                onChange={(value) => {
                  if (typeof value === 'number') onChange(setSeconds(deck, index, value));
                }}
              />
              <Group gap={4} wrap="nowrap" mt={24}>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Move question ${number} up`}
                  disabled={index === 0}
                  onClick={() => onChange(moveInDeck(deck, index, -1))}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Move question ${number} down`}
                  disabled={index === deck.length - 1}
                  onClick={() => onChange(moveInDeck(deck, index, 1))}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={`Remove question ${number}`}
                  onClick={() => onChange(removeFromDeck(deck, index))}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
