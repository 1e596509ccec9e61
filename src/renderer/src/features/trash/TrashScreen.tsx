import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconRestore, IconTrashX } from '@tabler/icons-react';
import { TRASH_KIND_LABELS, type TrashItem } from '../../../../shared/features/trash/schemas';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import { confirmDanger } from '../../components/confirmDanger';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useAccess } from '../access/queries';
import { useAmbassadors } from '../ambassadors/queries';
import { daysLeft, formatDeletedAt } from './format';

/**
 * The Trash: what was deleted in the last 30 days, with "Put back" and "Delete for good". An ambassador sees
 * their own deleted work; a trainer sees everyone's (the backend decides which).
 */
export function TrashScreen() {
  const access = useAccess();
  const trash = useChannelQuery('trash:list', {});
  const people = useAmbassadors(true);
  const restore = useChannelMutation('trash:restore');
  const remove = useChannelMutation('trash:delete');
  const empty = useChannelMutation('trash:empty');
  const nameOf = (id: string | null) =>
    id === null ? 'The cohort' : (people.data?.find((p) => p.id === id)?.displayName ?? 'Someone');

  const putBack = async (item: TrashItem) => {
    const result = await restore.run({ id: item.id });
    if (result.ok) notifySuccess(`“${item.label}” is back.`);
    else notifyError(result.error, 'It was not put back');
  };

  const askDelete = (item: TrashItem) =>
    confirmDanger({
      title: 'Delete for good?',
      text: `“${item.label}” is removed from this laptop for good, recordings included. This cannot be undone.`,
      confirm: 'Delete for good',
      onConfirm: () =>
        void remove.run({ id: item.id }).then((result) => {
          if (!result.ok) notifyError(result.error, 'It was not deleted');
        }),
    });

  const askEmpty = (count: number) =>
    confirmDanger({
      title: 'Empty the Trash?',
      text: `${count === 1 ? 'The item' : `All ${count} items`} in the Trash ${count === 1 ? 'is' : 'are'} removed from this laptop for good, recordings included. This cannot be undone.`,
      confirm: 'Empty the Trash',
      onConfirm: () =>
        void empty.run({}).then((result) => {
          if (result.ok) notifySuccess(`The Trash is empty (${result.value.removed} removed for good).`);
          else notifyError(result.error, 'The Trash was not emptied');
        }),
    });

  const columns: Column<TrashItem>[] = [
    {
      header: 'What',
      cell: (item) => (
        <Stack gap={2}>
          <Badge variant="light" size="sm">
            {TRASH_KIND_LABELS[item.kind]}
          </Badge>
          <Text size="sm" lineClamp={2}>
            {item.label}
          </Text>
        </Stack>
      ),
    },
    ...(access.isTrainer ? [{ header: 'Whose', cell: (item: TrashItem) => nameOf(item.ambassadorId) }] : []),
    { header: 'Deleted', cell: (item) => `${formatDeletedAt(item.deletedAt)} by ${item.deletedBy}` },
    { header: 'Kept for', cell: (item) => daysLeft(item.expiresAt, new Date()) },
    {
      header: 'Actions',
      cell: (item) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRestore size={16} aria-hidden />}
            aria-label={`Put back ${TRASH_KIND_LABELS[item.kind]}: ${item.label}`}
            onClick={() => void putBack(item)}
          >
            Put back
          </Button>
          <Button
            size="xs"
            variant="outline"
            color="red.9"
            leftSection={<IconTrashX size={16} aria-hidden />}
            aria-label={`Delete for good ${TRASH_KIND_LABELS[item.kind]}: ${item.label}`}
            onClick={() => askDelete(item)}
          >
            Delete for good
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Trash"
        intro="Deleted houses, quotes, questions, question sets, practice sessions and answers stay here for 30 days. Put one back, or delete it for good."
      />
      <QueryView
        query={trash}
        loadingLabel="Loading the Trash…"
        errorTitle="The Trash could not be loaded"
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState title="The Trash is empty" order={2}>
            When you delete something, it waits here for 30 days, so you can put it back.
          </EmptyState>
        }
      >
        {(items) => (
          <Stack gap="md" maw={1100}>
            <Group justify="space-between">
              <Text>{items.length === 1 ? '1 item' : `${items.length} items`}</Text>
              <Button
                variant="outline"
                color="red.9"
                leftSection={<IconTrashX size={18} aria-hidden />}
                onClick={() => askEmpty(items.length)}
                loading={empty.busy}
              >
                Empty the Trash
              </Button>
            </Group>
            <DataTable columns={columns} rows={items} rowKey={(item) => item.id} striped aria-label="Deleted items" />
          </Stack>
        )}
      </QueryView>
    </>
  );
}
