import { Accordion, Badge, Group, List, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import type { PlanDay, PlanItemKind, StudyPlan } from '../../../../shared/features/plan/schemas';
import { formatDay, plural } from './format';

const KIND_LABELS: Record<PlanItemKind, string> = {
  overdue: 'missed earlier',
  due: 'due',
  second: 'second look',
  new: 'new',
};

function countLine(day: PlanDay): string {
  if (day.items.length === 0) return 'Nothing planned';
  const fresh = day.items.filter((i) => i.kind === 'new').length;
  return `${plural(day.items.length, 'question')}${fresh > 0 ? `, ${fresh} new` : ''}`;
}

/** The days as a timeline: today first and open, each day's questions behind its count, the media day last. */
export function DayList({ plan }: { plan: StudyPlan }) {
  const counting = plan.mediaStatus === 'upcoming';
  return (
    <>
      <Accordion multiple defaultValue={[plan.today]} variant="separated" chevronPosition="left">
        {plan.days.map((day) => {
          const isToday = day.date === plan.today;
          return (
            <Accordion.Item
              key={day.date}
              value={day.date}
              data-date={day.date}
              data-testid={isToday ? 'plan-today' : undefined}
              style={isToday ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
            >
              <Accordion.Control>
                <Group gap="sm" wrap="wrap">
                  <Text fw={isToday ? 700 : 500}>{formatDay(day.date, 'short')}</Text>
                  {isToday ? (
                    <Badge variant="filled" size="sm">
                      Today
                    </Badge>
                  ) : null}
                  {plan.mediaStatus === 'today' && isToday ? (
                    <Badge color="red.8" variant="filled" size="sm">
                      Media day
                    </Badge>
                  ) : null}
                  <Text c="dimmed" size="sm">
                    {countLine(day)}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {day.items.length === 0 ? <Text size="sm">Nothing is planned for this day: a day off.</Text> : null}
                <List spacing={6}>
                  {day.items.map((item) => (
                    <List.Item key={item.questionId}>
                      {item.text}{' '}
                      <Text span size="sm" c="dimmed">
                        ({KIND_LABELS[item.kind]})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {counting ? (
        <Group gap="xs" mt="sm" data-testid="plan-media-day">
          <IconFlag size={20} aria-hidden color="var(--mantine-color-red-8)" />
          <Text fw={700}>{formatDay(plan.mediaDate, 'short')}: media day</Text>
        </Group>
      ) : null}
    </>
  );
}
