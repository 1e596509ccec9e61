import { Badge, Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  CATEGORY_LABELS,
  QUESTION_CATEGORIES,
  type Question,
  type QuestionCategory,
} from '../../../../shared/features/question-bank/schemas';
import { DataTable } from '../../components/DataTable';
import { useApi } from '../../api/ApiProvider';
import { notifyError, notifySuccess } from '../../components/notify';
import { notifyMovedToTrash } from '../trash/notifyMovedToTrash';
import { QuestionForm } from './QuestionForm';

/** The cohort's question bank: built-in and own questions; add, edit (own only), retire and bring back. */
export function QuestionBankPanel({ cohortId, questions }: { cohortId: string; questions: Question[] }) {
  const api = useApi();
  const [category, setCategory] = useState<QuestionCategory | 'all'>('all');
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<{ question?: Question } | null>(null);

  const shown = questions.filter((q) => (category === 'all' || q.category === category) && (showRetired || !q.retired));

  const setRetired = async (question: Question, retired: boolean) => {
    const result = await api['question:retire']({ cohortId, questionId: question.id, retired });
    if (!result.ok)
      return notifyError(result.error, retired ? 'The question was not retired' : 'The question was not brought back');
    notifySuccess(retired ? 'Retired: it will not come up in practice.' : 'The question is back in practice.');
  };

  // Straight to the Trash, with Undo: a question is quick to put back, so there is no extra "are you sure".
  const remove = async (question: Question) => {
    const result = await api['question:delete']({ id: question.id });
    if (!result.ok) return notifyError(result.error, 'The question was not deleted');
    notifyMovedToTrash(api, 'The question', result.value.trashId);
  };

  const onSaved = async () => {
    setEditing(null);
    notifySuccess('Question saved.');
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="bank-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={3} id="bank-heading">
          Questions for this cohort
        </Title>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({})}>
          Add a question
        </Button>
      </Group>
      <Group align="flex-end">
        <NativeSelect
          label="Show category"
          value={category}
          onChange={(event) => setCategory(event.currentTarget.value as QuestionCategory | 'all')}
          data={[
            { value: 'all', label: 'All categories' },
            ...QUESTION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
          ]}
        />
        <Checkbox
          label="Show retired questions"
          checked={showRetired}
          onChange={(event) => setShowRetired(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Text size="sm" role="status">
        Showing {shown.length} of {questions.length} questions.
      </Text>
      <DataTable
        striped
        data-testid="question-bank"
        rows={shown}
        rowKey={(q) => q.id}
        columns={[
          {
            header: 'Question',
            cell: (q) => (
              <>
                {q.text}{' '}
                {q.source === 'custom' ? (
                  <Badge variant="outline" color="indigo.9" tt="none">
                    Cohort’s own
                  </Badge>
                ) : null}{' '}
                {q.retired ? (
                  <Badge variant="outline" color="gray.8" tt="none">
                    Retired
                  </Badge>
                ) : null}
              </>
            ),
          },
          { header: 'Category', cell: (q) => CATEGORY_LABELS[q.category] },
          { header: 'Difficulty', cell: (q) => `${q.difficulty} of 3` },
          {
            header: 'Actions',
            cell: (q) => (
              <Group gap="xs" wrap="nowrap">
                {q.source === 'custom' ? (
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setEditing({ question: q })}
                    aria-label={`Edit: ${q.text}`}
                  >
                    Edit
                  </Button>
                ) : null}
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => void setRetired(q, !q.retired)}
                  aria-label={`${q.retired ? 'Bring back' : 'Retire'}: ${q.text}`}
                >
                  {q.retired ? 'Bring back' : 'Retire'}
                </Button>
                {q.source === 'custom' ? (
                  <Button
                    size="xs"
                    variant="outline"
                    color="red.9"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => void remove(q)}
                    aria-label={`Delete: ${q.text}`}
                  >
                    Delete
                  </Button>
                ) : null}
              </Group>
            ),
          },
        ]}
      />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.question ? 'Edit question' : 'Add a question'}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {editing ? (
          <QuestionForm cohortId={cohortId} question={editing.question} onSaved={() => void onSaved()} />
        ) : null}
      </Modal>
    </Stack>
  );
}
