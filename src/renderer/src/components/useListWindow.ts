import { useCallback, useState } from 'react';

export interface ListWindow {
  /** The first row to ask the backend for. */
  offset: number;
  /** How many rows to ask for: the page in view and one either side, so scrolling a little loads nothing. */
  limit: number;
  /** Give to `VirtualList`: it says which rows are shown. */
  onRangeChange(start: number, end: number): void;
}

/**
 * Which window of a long list to load for the rows a `VirtualList` shows. The window moves a page at a time,
 * so scrolling within a page asks for nothing new, and a save reloads only the rows around the view.
 */
export function useListWindow(pageSize = 50): ListWindow {
  const [page, setPage] = useState(0);
  const onRangeChange = useCallback(
    (start: number, end: number) => setPage(Math.floor((start + end) / 2 / pageSize)),
    [pageSize],
  );
  return { offset: Math.max(0, page - 1) * pageSize, limit: pageSize * 3, onRangeChange };
}

/** The item at `index` of the whole list, when the loaded window holds it. */
export function itemAt<T>(loaded: { offset: number; items: readonly T[] } | undefined, index: number): T | undefined {
  if (!loaded || index < loaded.offset) return undefined;
  return loaded.items[index - loaded.offset];
}
