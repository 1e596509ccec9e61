import { Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ItemCard, type CardsProps } from './ItemList';
import { VirtualList } from './VirtualList';

export interface VirtualItemListProps<T extends { id: string }> extends Omit<CardsProps<T>, 'layout'> {
  headingId: string;
  title: string;
  /** Buttons beside the heading, e.g. "New quote". */
  actions: ReactNode;
  /** A line under the heading, e.g. how many there are of each kind. */
  description?: ReactNode;
  /** How many items there are in all. */
  total: number;
  /** The item at an index, or undefined while its part of the list is loading. */
  itemAt(index: number): T | undefined;
  /** Shown instead of the list while there are none. */
  empty: ReactNode;
  onRangeChange?(start: number, end: number): void;
  estimateSize?: number;
}

/** A row whose item is still on its way: the same height as a card, so the scrollbar does not jump. */
export function LoadingCard() {
  return (
    <Card withBorder radius="md" padding="sm" aria-busy="true">
      <Skeleton height={14} width="70%" mb={8} />
      <Skeleton height={12} width="40%" />
    </Card>
  );
}

/**
 * `ItemList` for lists that can run to thousands: the same heading and cards (as rows), but only the rows in
 * view are in the page (see VirtualList), and the items may arrive a window at a time.
 */
export function VirtualItemList<T extends { id: string }>({
  headingId,
  title,
  actions,
  description,
  total,
  itemAt,
  empty,
  onRangeChange,
  estimateSize = 96,
  ...cards
}: VirtualItemListProps<T>) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {actions}
      </Group>
      {description}
      {total === 0 ? (
        empty
      ) : (
        <VirtualList
          count={total}
          labelledBy={headingId}
          estimateSize={estimateSize}
          getKey={(index) => itemAt(index)?.id ?? `row-${index}`}
          onRangeChange={onRangeChange}
          renderItem={(index) => {
            const item = itemAt(index);
            return item ? <ItemCard {...cards} layout="rows" item={item} /> : <LoadingCard />;
          }}
        />
      )}
    </Stack>
  );
}
