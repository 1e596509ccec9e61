import { Table, type TableProps } from '@mantine/core';
import type { Key, ReactNode } from 'react';

export interface Column<R> {
  header: string;
  cell(row: R): ReactNode;
}

export interface DataTableProps<R> extends Omit<TableProps, 'data'> {
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey(row: R): Key;
}

/**
 * A bordered table built from columns. Not Mantine's `data` prop: that renders its headers without
 * `scope="col"`, which screen readers use to read each cell with its column's name.
 */
export function DataTable<R>({ columns, rows, rowKey, ...tableProps }: DataTableProps<R>) {
  return (
    <Table withTableBorder {...tableProps}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.header} scope="col">
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((column) => (
              <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
