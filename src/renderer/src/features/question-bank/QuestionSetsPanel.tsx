import { Button, Group, MultiSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { QuestionSet } from '../../../../shared/features/question-bank/schemas';
import { CATEGORY_LABELS, type Question } from '../../../../shared/features/question-bank/schemas';
import { useApi } from '../../api/ApiProvider';
import { notifyError, notifySuccess } from '../../components/notify';
import { useQuestionSets } from './queries';

/** Trainer's sets: a named list of questions the whole group practises (mode "A trainer's set"). */
export function QuestionSetsPanel({ cohortId, questions }: { cohortId: string; questions: Question[] }) {
  const api = useApi();
  const sets = useQuestionSets(cohortId);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const options = questions
    .filter((q) => !q.retired)
    .map((q) => ({ value: q.id, label: `${q.text} (${CATEGORY_LABELS[q.category]})` }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Give the set a name, for example “Day 2 hot seat”.');
    if (picked.length === 0) return setError('Choose at least one question.');
    setBusy(true);
    const result = await api['questionSet:save']({ cohortId, name: name.trim(), questionIds: picked });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setName('');
    setPicked([]);
    setError(null);
    notifySuccess(`Set “${result.value.name}” saved.`);
  };

  const remove = (set: QuestionSet) =>
    modals.openConfirmModal({
      title: `Delete the set “${set.name}”?`,
      children: <Text>The questions stay in the bank; only the set is deleted.</Text>,
      labels: { confirm: 'Delete set', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: async () => {
        const result = await api['questionSet:delete']({ id: set.id });
        if (!result.ok) return notifyError(result.error, 'The set was not deleted');
      },
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="sets-heading">
      <Title order={3} id="sets-heading">
        Question sets
      </Title>
      {sets.data && sets.data.length > 0 ? (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Set</Table.Th>
              <Table.Th scope="col">Questions</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sets.data.map((set) => (
              <Table.Tr key={set.id}>
                <Table.Td>{set.name}</Table.Td>
                <Table.Td>{set.questionIds.length}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="outline" color="red.9" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => remove(set)} aria-label={`Delete set ${set.name}`}>
                    Delete
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text>No sets yet. A set is handy for a group exercise: everyone practises the same questions.</Text>
      )}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="new-set-heading">
          <Stack gap="sm">
            <Title order={4} size="h5" id="new-set-heading">
              New set
            </Title>
            <TextInput label="Set name" value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={120} />
            <MultiSelect label="Questions in the set" data={options} value={picked} onChange={setPicked} searchable maxValues={200} />
            {error ? (
              <Text role="alert" c="var(--mantine-color-error)" fw={600}>
                {error}
              </Text>
            ) : null}
            <Group>
              <Button type="submit" loading={busy}>
                Save set
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
