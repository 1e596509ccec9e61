import { Group, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useId, useState, type KeyboardEvent } from 'react';
import type { SearchResult } from '../../../../shared/features/search/schemas';
import { useChannelQuery } from '../../api/channel-query';
import { useNavigation } from '../../app/navigation';
import classes from './CommandPalette.module.css';
import { entityLabel, paletteItems, snippetParts, type PaletteItem } from './palette-items';
import { useOpenSearchResult } from './useOpenSearchResult';

function Snippet({ text }: { text: string }) {
  return (
    <>
      {snippetParts(text).map((part, i) =>
        part.match ? (
          <mark key={i} className={classes.match}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function ItemView({ item }: { item: PaletteItem }) {
  if (item.kind === 'screen') {
    return (
      <Group gap="xs" wrap="nowrap">
        <IconArrowRight size={16} aria-hidden />
        <Text size="sm">
          Go to <strong>{item.label}</strong>
        </Text>
      </Group>
    );
  }
  const r = item.result;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {entityLabel(r.entityType)} · {r.ambassadorName}: {r.title}
      </Text>
      <Text size="sm">
        <Snippet text={r.snippet} />
      </Text>
    </Stack>
  );
}

/**
 * The command palette (Ctrl+K or Cmd+K): a search box over houses, quotes and comments (full-text search in the
 * app's database) and the screens. Arrow keys move through the results, Enter opens one, Escape closes.
 * It follows the ARIA combobox pattern: focus stays in the box and the active option is announced.
 */
export function CommandPalette({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { navigate } = useNavigation();
  const openResult = useOpenSearchResult();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Asks once typing pauses; an answer for older text never replaces a newer one (the cache is keyed by text).
  const [settled] = useDebouncedValue(query.trim().slice(0, 200), 150);
  const found = useChannelQuery('search:query', settled ? { text: settled } : null, { keepPrevious: true });
  const results: SearchResult[] = query.trim() && settled ? (found.data ?? []) : [];
  const problem = query.trim() && settled ? (found.error?.message ?? null) : null;

  const items = paletteItems(query, results);
  const current = Math.min(active, Math.max(0, items.length - 1));
  const activeItem = items[current];

  const close = () => {
    setQuery('');
    setActive(0);
    onClose();
  };

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    close();
    if (item.kind === 'screen') navigate(item.screen);
    else void openResult(item.result);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(items.length === 0 ? 0 : (current + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(items.length === 0 ? 0 : (current - 1 + items.length) % items.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(Math.max(0, items.length - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeItem);
    }
  };

  const optionId = (item: PaletteItem) => `${listId}-${item.id}`;
  const resultCount = results.length;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Search and go"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close search' }}
      yOffset="10vh"
    >
      <Stack gap="sm">
        <TextInput
          label="Search"
          description="Houses, quotes and comments of every ambassador on this laptop, or a screen to go to."
          placeholder="For example: swarm, radio, umbrella"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setQuery(text);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={items.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
          autoComplete="off"
          data-autofocus
        />
        <Text size="sm" role="status" aria-live="polite">
          {problem ??
            (query.trim()
              ? `${resultCount} ${resultCount === 1 ? 'match' : 'matches'} in your work`
              : 'Type to search, or choose a screen.')}
        </Text>
        <ul id={listId} role="listbox" aria-label="Results" className={classes.list}>
          {items.map((item, index) => (
            <li
              key={item.id}
              id={optionId(item)}
              role="option"
              aria-selected={index === current}
              className={classes.option}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(item)}
              onMouseMove={() => {
                if (index !== current) setActive(index);
              }}
            >
              <ItemView item={item} />
            </li>
          ))}
        </ul>
        <Text size="xs" c="dimmed">
          <Kbd>↑</Kbd> <Kbd>↓</Kbd> to move, <Kbd>Enter</Kbd> to open, <Kbd>Esc</Kbd> to close
        </Text>
      </Stack>
    </Modal>
  );
}
