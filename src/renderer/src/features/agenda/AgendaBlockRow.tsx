import { ActionIcon, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconExternalLink,
  IconPencil,
  IconPlayerPlay,
  IconTrash,
} from '@tabler/icons-react';
import { EXERCISE_LABELS, type AgendaBlock } from '../../../../shared/features/agenda/schemas';
import { formatDuration, formatTimeRange } from '../../../../shared/features/agenda/time';
import { useNavigation } from '../../app/navigation';

export interface BlockActions {
  edit(block: AgendaBlock): void;
  remove(block: AgendaBlock): void;
  move(block: AgendaBlock, direction: 'earlier' | 'later'): void;
  start(block: AgendaBlock): void;
}

export interface AgendaBlockRowProps {
  block: AgendaBlock;
  first: boolean;
  last: boolean;
  /** Whether this block is on now (by the clock or started by hand). */
  current: boolean;
  /** Present for a trainer only: the controls that change the agenda or run the projector. */
  actions: BlockActions | null;
  busy: boolean;
}

/** One block: its time, title, linked exercise and (for trainers) notes and controls. */
export function AgendaBlockRow({ block, first, last, current, actions, busy }: AgendaBlockRowProps) {
  const { navigate } = useNavigation();
  const range = formatTimeRange(block.startMinute, block.durationMinutes);
  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      radius="sm"
      aria-current={current ? 'step' : undefined}
      style={current ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {range}
            </Text>
            <Text size="sm" c="dimmed">
              {formatDuration(block.durationMinutes)}
            </Text>
            {current ? <Badge variant="filled">Now</Badge> : null}
          </Group>
          <Text fw={600} dir="auto">
            {block.title}
          </Text>
          {block.exercise ? (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconExternalLink size={16} aria-hidden />}
              onClick={() => block.exercise && navigate(block.exercise)}
              style={{ alignSelf: 'flex-start' }}
            >
              Open {EXERCISE_LABELS[block.exercise]}
            </Button>
          ) : null}
          {actions && block.notes ? (
            <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {block.notes}
            </Text>
          ) : null}
        </Stack>
        {actions ? (
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPlayerPlay size={14} aria-hidden />}
              onClick={() => actions.start(block)}
              aria-label={`Start “${block.title}” now`}
            >
              Start now
            </Button>
            <ActionIcon
              variant="default"
              aria-label={`Move “${block.title}” earlier`}
              disabled={first || busy}
              onClick={() => actions.move(block, 'earlier')}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={`Move “${block.title}” later`}
              disabled={last || busy}
              onClick={() => actions.move(block, 'later')}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="default" aria-label={`Edit “${block.title}”`} onClick={() => actions.edit(block)}>
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="default"
              color="red.9"
              aria-label={`Remove “${block.title}”`}
              disabled={busy}
              onClick={() => actions.remove(block)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ) : null}
      </Group>
    </Card>
  );
}
