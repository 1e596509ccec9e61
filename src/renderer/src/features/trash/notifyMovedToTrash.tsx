import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { StudioApi } from '../../../../shared/contract';
import { notifyError, notifySuccess } from '../../components/notify';

/**
 * Says where a deleted item went and offers "Undo" right there, so a slip of the mouse costs one click. The api
 * passed in is the screen's own (useApi), so putting the item back refreshes every list that shows it.
 */
export function notifyMovedToTrash(api: StudioApi, what: string, trashId: string): void {
  const id = `trash-${trashId}`;
  const undo = async () => {
    notifications.hide(id);
    const result = await api['trash:restore']({ id: trashId });
    if (result.ok) notifySuccess(`${what} is back.`);
    else notifyError(result.error, `${what} was not put back`);
  };
  notifications.show({
    id,
    title: 'Moved to the Trash',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        {/* The notification's own description colour is too faint for its size on white. */}
        <Text size="sm" c="var(--mantine-color-text)">
          {what} stays in the Trash for 30 days.
        </Text>
        <Button size="xs" variant="default" onClick={() => void undo()}>
          Undo
        </Button>
      </Group>
    ),
    autoClose: 12_000,
    closeButtonProps: { 'aria-label': 'Close message' },
  });
}
