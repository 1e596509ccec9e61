import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useState } from 'react';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { knownDurationMs } from '../audio/webm-duration';
import { useRehearsalSessions } from '../queries';
import { RecordingPlayer } from './RecordingPlayer';
import { compareTakes, earlierTakes, takeWhen, type Change } from './compare';

const ARROWS = { up: IconArrowUpRight, down: IconArrowDownRight, level: IconArrowRight } as const;

/** The change in words, with an arrow for the eye; no colour, so it reads the same in light and dark. */
function ChangeCell({ change }: { change: Change | null }) {
  if (!change) return <Text size="sm">Cannot compare</Text>;
  const Arrow = ARROWS[change.direction];
  return (
    <Group gap={6} wrap="nowrap">
      <Arrow size={18} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" fw={change.judgement === 'better' || change.judgement === 'worse' ? 700 : 400}>
        {change.judgement === 'better' ? 'Better: ' : change.judgement === 'worse' ? 'Not as good: ' : ''}
        {change.words}
      </Text>
    </Group>
  );
}

/** A player with its name shown above it: two unnamed players side by side would look alike. */
function Player({ take, title, label }: { take: Take; title: string; label: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700} aria-hidden>
        {title}
      </Text>
      {take.hasRecording ? (
        <RecordingPlayer takeId={take.id} durationMs={knownDurationMs(take)} label={label} />
      ) : (
        <Text size="sm">Not recorded.</Text>
      )}
    </Stack>
  );
}

/** Compares a take with an earlier answer to the same question, from any of the ambassador's sessions. */
export function TakeCompare({
  take,
  ambassadorId,
  number,
  language,
}: {
  take: Take;
  ambassadorId: string;
  number: number;
  language: string;
}) {
  const sessions = useRehearsalSessions(ambassadorId).data ?? [];
  const earlier = earlierTakes(
    take,
    sessions.flatMap((s) => s.takes),
  );
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (earlier.length === 0) return null;
  const chosen = earlier.find((t) => t.id === chosenId) ?? null;
  const headingId = `compare-${take.id}`;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} data-testid="take-compare">
      <Stack gap="sm">
        <Title order={4} size="h6" id={headingId}>
          Compare with an earlier answer
        </Title>
        <Select
          label={`Compare answer ${number} with…`}
          placeholder="Choose an earlier answer to this question"
          data={earlier.map((t) => ({ value: t.id, label: takeWhen(t.createdAt) }))}
          value={chosenId}
          onChange={setChosenId}
          clearable
          allowDeselect
          maw={360}
        />
        {chosen ? (
          <>
            <Table.ScrollContainer minWidth={520}>
              <Table withTableBorder>
                <Table.Caption>
                  This answer against the one from {takeWhen(chosen.createdAt)}. Filler words are not counted: the app
                  measures sound, not words.
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Measure</Table.Th>
                    <Table.Th scope="col">This answer</Table.Th>
                    <Table.Th scope="col">Earlier answer</Table.Th>
                    <Table.Th scope="col">What changed</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {compareTakes(take, chosen, language).map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Th scope="row">{row.label}</Table.Th>
                      <Table.Td>{row.now}</Table.Td>
                      <Table.Td>{row.before}</Table.Td>
                      <Table.Td>
                        <ChangeCell change={row.change} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Player take={take} title="This answer" label={`This answer (${number})`} />
              <Player
                take={chosen}
                title="Earlier answer"
                label={`The earlier answer, ${takeWhen(chosen.createdAt)}`}
              />
            </SimpleGrid>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
