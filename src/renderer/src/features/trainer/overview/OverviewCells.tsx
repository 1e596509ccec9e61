import { Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  OVERVIEW_QUOTE_COLUMNS,
  OVERVIEW_QUOTE_LABELS,
  type CohortOverviewRow,
} from '../../../../../shared/features/cohorts/overview-schemas';

/** What a cell's links do: each opens the item it counts, in that ambassador's workspace. */
export interface OverviewActions {
  openProfile(row: CohortOverviewRow): void;
  openHouse(row: CohortOverviewRow): void;
  openQuote(row: CohortOverviewRow, quoteId: string | null): void;
  /** The review queue, narrowed to this ambassador (quotes waiting and open comments). */
  openReview(row: CohortOverviewRow): void;
  openRehearsals(row: CohortOverviewRow): void;
  openSheet(row: CohortOverviewRow): void;
}

function CellLink({ label, onClick, children }: { label: string; onClick(): void; children: ReactNode }) {
  return (
    <Anchor component="button" type="button" size="sm" ta="left" onClick={onClick} aria-label={label}>
      {children}
    </Anchor>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Short day in the user's own locale, e.g. "3 Dec" or "Dec 3". */
function shortDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

export function ProfileCell({ row, actions }: { row: CohortOverviewRow; actions: OverviewActions }) {
  const { percent, missing } = row.profile;
  return (
    <Stack gap={4}>
      <CellLink label={`Open profile of ${row.name}, ${percent}% complete`} onClick={() => actions.openProfile(row)}>
        {percent}%
      </CellLink>
      <Progress value={percent} size="sm" aria-hidden color={percent === 100 ? 'teal.9' : undefined} />
      {missing.length > 0 ? (
        <Text size="xs" c="dimmed">
          Missing: {missing.join(', ')}
        </Text>
      ) : null}
    </Stack>
  );
}

export function HouseCell({ row, actions }: { row: CohortOverviewRow; actions: OverviewActions }) {
  const house = row.primaryHouse;
  if (!house) {
    return (
      <Text size="sm" c="dimmed">
        {row.houseCount > 0 ? `None is primary (${plural(row.houseCount, 'house')})` : 'None yet'}
      </Text>
    );
  }
  const name = house.title.trim() || house.umbrella.trim() || 'Untitled house';
  return (
    <Stack gap={2}>
      <CellLink label={`Open Message House of ${row.name}: ${name}`} onClick={() => actions.openHouse(row)}>
        <Text span size="sm" lineClamp={2}>
          {name}
        </Text>
      </CellLink>
      {house.title.trim() && house.umbrella.trim() ? (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {house.umbrella}
        </Text>
      ) : null}
      {row.houseCount > 1 ? (
        <Text size="xs" c="dimmed">
          and {plural(row.houseCount - 1, 'other house')}
        </Text>
      ) : null}
    </Stack>
  );
}

export function QuotesCell({ row, actions }: { row: CohortOverviewRow; actions: OverviewActions }) {
  const shown = OVERVIEW_QUOTE_COLUMNS.filter((c) => row.quotes[c] > 0);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No quotes yet
      </Text>
    );
  }
  return (
    <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {shown.map((column) => {
        const text = `${row.quotes[column]} ${OVERVIEW_QUOTE_LABELS[column].toLowerCase()}`;
        return (
          <li key={column}>
            <CellLink
              label={
                column === 'in_review' ? `Review quotes of ${row.name}: ${text}` : `Open quotes of ${row.name}: ${text}`
              }
              onClick={() =>
                column === 'in_review'
                  ? actions.openReview(row)
                  : actions.openQuote(row, row.firstQuoteIds[column] ?? null)
              }
            >
              {text}
            </CellLink>
          </li>
        );
      })}
    </Stack>
  );
}

export function RehearsalCell({ row, actions }: { row: CohortOverviewRow; actions: OverviewActions }) {
  const { sessions, takes, lastAt, due } = row.rehearsal;
  return (
    <Stack gap={2} align="flex-start">
      <CellLink
        label={`Open interview practice of ${row.name}: ${plural(sessions, 'session')}, ${plural(takes, 'answer')}`}
        onClick={() => actions.openRehearsals(row)}
      >
        {sessions === 0 ? 'Not started' : `${plural(sessions, 'session')}, ${plural(takes, 'answer')}`}
      </CellLink>
      {lastAt ? (
        <Text size="xs" c="dimmed">
          Last: {shortDay(lastAt)}
        </Text>
      ) : null}
      {due > 0 ? (
        <Text size="xs" fw={700}>
          {plural(due, 'question')} due
        </Text>
      ) : null}
    </Stack>
  );
}

/** Open comments sit under the name: a column of their own would not fit at 1024 px. */
export function CommentsLine({ row, actions }: { row: CohortOverviewRow; actions: OverviewActions }) {
  if (row.openComments === 0) {
    return (
      <Text size="xs" c="dimmed">
        No open comments
      </Text>
    );
  }
  const text = plural(row.openComments, 'open comment');
  return (
    <CellLink label={`Open comments of ${row.name}: ${text}`} onClick={() => actions.openReview(row)}>
      {text}
    </CellLink>
  );
}

export function SheetCell({ row, actions }: { row: CohortOverviewRow; actions: OverviewActions }) {
  const [first, ...rest] = row.sheet.blockers;
  return (
    <Stack gap={4} align="flex-start">
      <Group gap={6}>
        <Badge color={row.sheet.ready ? 'teal.9' : 'red.9'} tt="none">
          {row.sheet.ready ? 'Ready' : 'Not ready'}
        </Badge>
        <CellLink label={`Open message sheet of ${row.name}`} onClick={() => actions.openSheet(row)}>
          Open sheet
        </CellLink>
      </Group>
      {first ? (
        <Text size="xs">
          {first}
          {rest.length > 0 ? ` (and ${rest.length} more)` : ''}
        </Text>
      ) : null}
    </Stack>
  );
}
