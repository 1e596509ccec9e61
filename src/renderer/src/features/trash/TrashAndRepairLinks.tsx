import { Button, Group, Text } from '@mantine/core';
import { IconTool, IconTrash } from '@tabler/icons-react';
import { useChannelQuery } from '../../api/channel-query';
import { useNavigation } from '../../app/navigation';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** The way to the Trash and to Repair from Settings, with how much is waiting in each. */
export function TrashAndRepairLinks() {
  const { navigate } = useNavigation();
  const trash = useChannelQuery('trash:list', {});
  const repair = useChannelQuery('repair:list', {});
  return (
    <Group gap="sm" align="center">
      <Button variant="default" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => navigate('trash')}>
        Open the Trash
      </Button>
      {trash.data ? <Text size="sm">{count(trash.data.length, 'item', 'items')} in the Trash</Text> : null}
      <Button variant="default" leftSection={<IconTool size={18} aria-hidden />} onClick={() => navigate('repair')}>
        Open Repair
      </Button>
      {repair.data ? (
        <Text size="sm" c={repair.data.length > 0 ? 'orange.9' : undefined}>
          {repair.data.length === 0
            ? 'Nothing needs repair'
            : `${count(repair.data.length, 'record needs', 'records need')} repair`}
        </Text>
      ) : null}
    </Group>
  );
}
