import { Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import type { Agenda, AgendaBlock } from '../../../../shared/features/agenda/schemas';
import { dateOfDay, formatAgendaDate } from '../../../../shared/features/agenda/time';
import { AgendaBlockRow, type BlockActions } from './AgendaBlockRow';

export interface AgendaDaysProps {
  agenda: Agenda;
  currentId: string | null;
  actions: BlockActions | null;
  busy: boolean;
}

/** The agenda day by day, each day a list of its blocks in time order (memoised: the clock ticks every second). */
export const AgendaDays = memo(function AgendaDays({ agenda, currentId, actions, busy }: AgendaDaysProps) {
  const days = [...new Set(agenda.blocks.map((b) => b.day))].sort((a, b) => a - b);
  if (days.length === 0) return <Text>No blocks on the agenda yet.</Text>;
  return (
    <Stack gap="lg">
      {days.map((day) => {
        const blocks: AgendaBlock[] = agenda.blocks.filter((b) => b.day === day);
        const date = agenda.startDate ? ` · ${formatAgendaDate(dateOfDay(agenda.startDate, day))}` : '';
        return (
          <Stack key={day} gap="xs" component="section" aria-labelledby={`agenda-day-${day}`}>
            <Title order={3} id={`agenda-day-${day}`}>
              Day {day}
              {date}
            </Title>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {blocks.map((block, index) => (
                <AgendaBlockRow
                  key={block.id}
                  block={block}
                  first={index === 0}
                  last={index === blocks.length - 1}
                  current={block.id === currentId}
                  actions={actions}
                  busy={busy}
                />
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
});
