import { Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { REPAIR_KIND_LABELS, type DamagedColumn, type RepairItem } from '../../../../shared/features/repair/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { confirmDanger } from '../../components/confirmDanger';
import { notifyError, notifySuccess } from '../../components/notify';

/** The stored text laid out for reading and correcting: indented when it is JSON, as stored when it is not. */
function readable(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

const COLUMN_NAMES: Record<string, string> = {
  fields: 'Stored text',
  languages: 'Languages',
  topics_welcome: 'Topics welcome',
  topics_declined: 'Topics declined',
  private_details: 'Private details',
};

function ColumnRepair({ item, column }: { item: RepairItem; column: DamagedColumn }) {
  const [text, setText] = useState(() => readable(column.raw));
  const apply = useChannelMutation('repair:apply');
  const name = COLUMN_NAMES[column.column] ?? column.column;
  const save = async () => {
    const result = await apply.run({ kind: item.kind, id: item.id, column: column.column, text });
    if (result.ok) notifySuccess(`${name} of “${item.label}” is repaired. The original is kept.`);
  };
  return (
    <Stack gap={6}>
      <Text fw={600} size="sm">
        {name}: what is wrong
      </Text>
      <List size="sm">
        {column.problems.map((problem) => (
          <List.Item key={problem}>{problem}</List.Item>
        ))}
      </List>
      <Textarea
        label={`${name} of “${item.label}”, to correct`}
        description="Correct the text so it fits, then save. The text as it was stored is kept."
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={4}
        maxRows={16}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        error={
          apply.error
            ? [apply.error.message, ...(apply.error.issues ?? []).map((i) => `${i.path}: ${i.message}`)].join(' ')
            : undefined
        }
      />
      <div>
        <Button size="xs" onClick={() => void save()} loading={apply.busy}>
          Save corrected text
        </Button>
      </div>
    </Stack>
  );
}

/** One record that needs repair: its damaged values to correct, or "keep what can be read". */
export function RepairItemCard({ item, owner }: { item: RepairItem; owner: string | null }) {
  const salvage = useChannelMutation('repair:salvage');
  const askSalvage = () =>
    confirmDanger({
      title: 'Keep only what can be read?',
      text: 'The parts the app cannot read are dropped from this record, so it can be edited again. The text as it was stored is kept on this laptop.',
      confirm: 'Keep what can be read',
      onConfirm: () =>
        void salvage.run({ kind: item.kind, id: item.id }).then((result) => {
          if (result.ok) notifySuccess(`“${item.label}” can be edited again. The original is kept.`);
          else notifyError(result.error, 'It was not repaired');
        }),
    });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`repair-${item.id}`}>
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light">{REPAIR_KIND_LABELS[item.kind]}</Badge>
          {owner ? <Text size="sm">{owner}</Text> : null}
        </Group>
        <Title order={3} size="h4" id={`repair-${item.id}`}>
          {item.label}
        </Title>
        {item.columns.map((column) => (
          <ColumnRepair key={column.column} item={item} column={column} />
        ))}
        <Group>
          <Button size="xs" variant="default" onClick={askSalvage} loading={salvage.busy}>
            Keep what can be read
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
