import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type Key, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export interface VirtualListProps {
  /** How many items the whole list has (most of them are not in the page at any moment). */
  count: number;
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** A first guess at a row's height in pixels; each row is measured once it is shown. */
  estimateSize: number;
  getKey(index: number): Key;
  renderItem(index: number): ReactNode;
  /** Told which rows are shown (with some to spare), so the caller can load that window. */
  onRangeChange?(start: number, end: number): void;
  /** The list scrolls inside this height, so the rest of the screen stays where it is. */
  maxHeight?: string;
  gap?: number;
}

/** Used while the list has no size yet (hidden, or no layout engine as in tests): a screenful of rows. */
const UNMEASURED_HEIGHT = 800;
const ROW_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'];
/** Where arrow keys already mean something, the list leaves them alone. */
const OWN_ARROWS = 'input, textarea, select, [role="radiogroup"], [role="combobox"], [role="listbox"]';

const observeWithFallback: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, height: UNMEASURED_HEIGHT }));

function targetRow(key: string, current: number, count: number, pageRows: number): number {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = key === 'PageDown' ? pageRows : key === 'PageUp' ? -pageRows : key === 'ArrowDown' ? 1 : -1;
  return Math.min(count - 1, Math.max(0, current + step));
}

/** Moves focus to the first control in a row once it is drawn (it may first have to scroll into being). */
function focusRowLater(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  list: RefObject<HTMLDivElement | null>,
  index: number,
): void {
  virtualizer.scrollToIndex(index, { align: 'auto' });
  let frames = 0;
  const attempt = () => {
    const row = list.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    const control = row?.querySelector<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])') ?? row;
    if (control) control.focus({ preventScroll: true });
    else if ((frames += 1) < 20) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * A long list that keeps only the rows in view (and a few either side) in the page, so ten thousand items cost
 * what twenty do. It is still a list to assistive technology: every row says its place in the whole list
 * (`aria-posinset` of `aria-setsize`). Tab moves through the controls of the rows shown; the arrow keys, Page
 * Up/Down, Home and End move from row to row through the whole list, scrolling as they go.
 */
export function VirtualList({
  count,
  labelledBy,
  estimateSize,
  getKey,
  renderItem,
  onRangeChange,
  maxHeight = '70vh',
  gap = 8,
}: VirtualListProps) {
  const scroller = useRef<HTMLDivElement | null>(null);
  const list = useRef<HTMLDivElement | null>(null);
  // TanStack Virtual re-renders this component itself on scroll; the compiler just leaves it unmemoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimateSize,
    getItemKey: getKey,
    overscan: 6,
    gap,
    initialRect: { width: 0, height: UNMEASURED_HEIGHT },
    observeElementRect: observeWithFallback,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count > 0) onRangeChange?.(first, last);
  }, [first, last, count, onRangeChange]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!ROW_KEYS.includes(event.key) || !(event.target instanceof HTMLElement)) return;
    if (event.target.closest(OWN_ARROWS)) return;
    const row = event.target.closest<HTMLElement>('[data-index]');
    if (!row || count === 0) return;
    event.preventDefault();
    const pageRows = Math.max(1, items.length - 2);
    focusRowLater(virtualizer, list, targetRow(event.key, Number(row.dataset.index), count, pageRows));
  };

  return (
    <div ref={scroller} style={{ maxHeight, overflowY: 'auto', overscrollBehavior: 'contain' }} onKeyDown={onKeyDown}>
      <div
        ref={list}
        role="list"
        aria-labelledby={labelledBy}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
      >
        {items.map((item) => (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            role="listitem"
            aria-setsize={count}
            aria-posinset={item.index + 1}
            data-index={item.index}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
          >
            {renderItem(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
