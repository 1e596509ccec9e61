import { Button, Group, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { CATEGORY_LABELS, type Question, type QuestionSet } from '../../../../shared/features/question-bank/schemas';
import { DataTable } from '../../components/DataTable';
import { useApi } from '../../api/ApiProvider';
import { useChannelMutation } from '../../api/channel-query';
import { notifyError, notifySuccess } from '../../components/notify';
import { useQuestionSets } from './queries';
import { notifyMovedToTrash } from '../trash/notifyMovedToTrash';

/** Trainer's sets: a named list of questions the whole group practises (mode "A trainer's set"). */
export function QuestionSetsPanel({ cohortId, questions }: { cohortId: string; questions: Question[] }) {
  const api = useApi();
  const sets = useQuestionSets(cohortId);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const saveSet = useChannelMutation('questionSet:save');
  // What is missing before the set can be saved; the backend's refusal comes from the mutation.
  const [problem, setProblem] = useState<string | null>(null);
  const error = problem ?? saveSet.error?.message;

  const options = questions
    .filter((q) => !q.retired)
    .map((q) => ({ value: q.id, label: `${q.text} (${CATEGORY_LABELS[q.category]})` }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem('Give the set a name, for example “Day 2 hot seat”.');
    if (picked.length === 0) return setProblem('Choose at least one question.');
    setProblem(null);
    const result = await saveSet.run({ cohortId, name: name.trim(), questionIds: picked });
    if (!result.ok) return;
    setName('');
    setPicked([]);
    notifySuccess(`Set “${result.value.name}” saved.`);
  };

  const remove = (set: QuestionSet) =>
    modals.openConfirmModal({
      title: `Delete the set “${set.name}”?`,
      children: (
        <Text>The questions stay in the bank; only the set goes to the Trash, where it stays for 30 days.</Text>
      ),
      labels: { confirm: 'Delete set', cancel: 'Keep it' },
      confirmProps: { color: 'red.9' },
      onConfirm: async () => {
        const result = await api['questionSet:delete']({ id: set.id });
        if (!result.ok) return notifyError(result.error, 'The set was not deleted');
        notifyMovedToTrash(api, `The set “${set.name}”`, result.value.trashId);
      },
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="sets-heading">
      <Title order={3} id="sets-heading">
        Question sets
      </Title>
      {sets.data && sets.data.length > 0 ? (
        <DataTable
          rows={sets.data}
          rowKey={(set) => set.id}
          columns={[
            { header: 'Set', cell: (set) => set.name },
            { header: 'Questions', cell: (set) => set.questionIds.length },
            {
              header: 'Actions',
              cell: (set) => (
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => remove(set)}
                  aria-label={`Delete set ${set.name}`}
                >
                  Delete
                </Button>
              ),
            },
          ]}
        />
      ) : (
        <Text>No sets yet. A set is handy for a group exercise: everyone practises the same questions.</Text>
      )}
      <Paper withBorder p="md" radius="md">
        <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="new-set-heading">
          <Stack gap="sm">
            <Title order={4} size="h5" id="new-set-heading">
              New set
            </Title>
            <TextInput
              label="Set name"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={120}
            />
            <MultiSelect
              label="Questions in the set"
              data={options}
              value={picked}
              onChange={setPicked}
              searchable
              maxValues={200}
            />
            {error ? (
              <Text role="alert" c="var(--mantine-color-error)" fw={600}>
                {error}
              </Text>
            ) : null}
            <Group>
              <Button type="submit" loading={saveSet.busy}>
                Save set
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
