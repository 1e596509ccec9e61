import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { attentionReasons, type CohortOverviewRow } from '../../../../../shared/features/cohorts/overview-schemas';
import {
  CommentsLine,
  HouseCell,
  ProfileCell,
  QuotesCell,
  RehearsalCell,
  SheetCell,
  type OverviewActions,
} from './OverviewCells';

// Widths in pixels: the table lays out fixed, so long texts wrap and the whole row fits from 1024 px up.
const COLUMNS = [
  { header: 'Profile', Cell: ProfileCell, width: 110 },
  { header: 'Message House', Cell: HouseCell, width: 130 },
  { header: 'Quotes', Cell: QuotesCell, width: 125 },
  { header: 'Interview practice', Cell: RehearsalCell, width: 115 },
  { header: 'Message sheet', Cell: SheetCell, width: undefined },
] as const;

/**
 * One row per ambassador. The name is the row's header, so a screen reader announces whose cell it is; each
 * cell's link opens what it counts.
 */
export function OverviewTable({
  rows,
  actions,
  caption,
}: {
  rows: readonly CohortOverviewRow[];
  actions: OverviewActions;
  caption: string;
}) {
  return (
    <Table.ScrollContainer minWidth={740}>
      <Table
        withTableBorder
        striped
        verticalSpacing="sm"
        data-testid="cohort-overview"
        style={{ tableLayout: 'fixed' }}
      >
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={150}>
              Ambassador
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c.header} scope="col" w={c.width}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            // Comments have their own line above, so the badges leave them out.
            const reasons = attentionReasons(row).filter((r) => r.kind !== 'comments');
            return (
              <Table.Tr key={row.ambassadorId} data-testid="overview-row">
                <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                  <Stack gap={4} align="flex-start">
                    <Text fw={700} size="sm">
                      {row.name}
                    </Text>
                    <CommentsLine row={row} actions={actions} />
                    {reasons.length > 0 ? (
                      <Group gap={4}>
                        {reasons.map((reason) => (
                          <Badge key={reason.kind} size="xs" variant="default" tt="none">
                            {reason.text}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed">
                        All on track
                      </Text>
                    )}
                  </Stack>
                </Table.Th>
                {COLUMNS.map(({ header, Cell }) => (
                  <Table.Td key={header} style={{ verticalAlign: 'top' }}>
                    <Cell row={row} actions={actions} />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
