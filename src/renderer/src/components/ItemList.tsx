import { Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ItemGroup<T> {
  /** The group heading's id (its sub-list is named by it). */
  id: string;
  title: string;
  items: T[];
}

export interface CardsProps<T extends { id: string }> {
  /** Tiles in a grid (short summaries, several buttons each), or full-width rows (longer text, one button). */
  layout: 'tiles' | 'rows';
  cardTestId: string;
  openId: string | null;
  onOpen(id: string): void;
  /** The Open button's accessible name: it says which item it opens. */
  openLabel(item: T): string;
  summary(item: T): ReactNode;
  /** Buttons after Open, e.g. "Delete". */
  itemActions?(item: T): ReactNode;
}

export interface ItemListProps<T extends { id: string }> extends CardsProps<T> {
  headingId: string;
  title: string;
  /** Buttons beside the heading, e.g. "New quote". */
  actions: ReactNode;
  items: T[];
  /** Shown instead of the cards while there are none. */
  empty: ReactNode;
  /** Sub-lists, each under its own heading; a group with no items is left out. */
  groups?: ItemGroup<T>[];
}

const OPEN_BORDER = { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 };

/** One item's card: its summary, its Open button (pressed while it is open below) and any other buttons. */
export function ItemCard<T extends { id: string }>({ item, ...props }: CardsProps<T> & { item: T }) {
  const { layout, cardTestId, openId, onOpen, openLabel, summary, itemActions } = props;
  const open = item.id === openId;
  const buttons = (
    <>
      <Button
        size="xs"
        variant={open ? 'filled' : 'default'}
        onClick={() => onOpen(item.id)}
        aria-label={openLabel(item)}
        aria-pressed={open}
      >
        Open
      </Button>
      {itemActions?.(item)}
    </>
  );
  return (
    <Card
      withBorder
      radius="md"
      padding={layout === 'tiles' ? 'md' : 'sm'}
      data-testid={cardTestId}
      style={open ? OPEN_BORDER : undefined}
    >
      {layout === 'tiles' ? (
        <Stack gap={6} h="100%" justify="space-between">
          <div>{summary(item)}</div>
          <Group gap="xs">{buttons}</Group>
        </Stack>
      ) : (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            {summary(item)}
          </Stack>
          {/* The summary wraps; the buttons never shrink, or "Open" is cut to "Ope" beside a long quote. */}
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {buttons}
          </Group>
        </Group>
      )}
    </Card>
  );
}

function Cards<T extends { id: string }>({ items, ...props }: CardsProps<T> & { items: T[] }) {
  const cards = items.map((item) => <ItemCard key={item.id} {...props} item={item} />);
  return props.layout === 'tiles' ? (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {cards}
    </SimpleGrid>
  ) : (
    <Stack gap="xs">{cards}</Stack>
  );
}

/**
 * A list screen's items as cards, each with an Open button that is pressed while its item is open below (the
 * open card is outlined too). One list, or sub-lists under their own headings.
 */
export function ItemList<T extends { id: string }>({
  headingId,
  title,
  actions,
  items,
  empty,
  groups,
  ...cards
}: ItemListProps<T>) {
  let body: ReactNode;
  if (items.length === 0) body = empty;
  else if (!groups) body = <Cards {...cards} items={items} />;
  else {
    body = groups
      .filter((group) => group.items.length > 0)
      .map((group) => (
        <Stack key={group.id} gap="xs" component="section" aria-labelledby={group.id}>
          <Title order={3} size="h4" id={group.id}>
            {group.title}
          </Title>
          <Cards {...cards} items={group.items} />
        </Stack>
      ));
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {actions}
      </Group>
      {body}
    </Stack>
  );
}
