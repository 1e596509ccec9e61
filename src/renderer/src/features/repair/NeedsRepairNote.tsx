import { Alert, Button, Code, List, Stack, Text } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import { NEEDS_REPAIR_MESSAGE, type NeedsRepair } from '../../../../shared/features/repair/schemas';
import { useNavigation } from '../../app/navigation';

/**
 * Shown on a record the app could not fully read: what is wrong, the stored text as it is, and the way to the
 * Repair screen. The editor underneath shows what could be read; the backend refuses to save over the rest.
 */
export function NeedsRepairNote({ needsRepair, what }: { needsRepair: NeedsRepair; what: string }) {
  const { navigate } = useNavigation();
  return (
    <Alert color="orange" variant="light" title={`This ${what} needs repair`} icon={<IconTool aria-hidden />}>
      <Stack gap="xs">
        <Text size="sm">{NEEDS_REPAIR_MESSAGE}</Text>
        {needsRepair.columns.map((column) => (
          <Stack key={column.column} gap={4}>
            <List size="sm">
              {column.problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
            <details>
              <summary>Show the stored text</summary>
              <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 240, overflow: 'auto' }}>
                {column.raw}
              </Code>
            </details>
          </Stack>
        ))}
        <div>
          <Button size="xs" variant="default" onClick={() => navigate('repair')}>
            Open Repair
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
