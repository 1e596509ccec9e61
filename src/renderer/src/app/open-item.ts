import { useCallback, useSyncExternalStore } from 'react';

/**
 * Which house or quote is open on its screen, per ambassador. Kept in sessionStorage so a reload comes back to
 * the same item, and shared as a tiny store so the search palette can open an item on a screen already showing.
 */
export type OpenItemKind = 'house' | 'quote';

const listeners = new Set<() => void>();

function storageKey(kind: OpenItemKind, ambassadorId: string): string {
  return `ambassador-studio.open-${kind}.${ambassadorId}`;
}

function read(kind: OpenItemKind, ambassadorId: string | null): string | null {
  if (!ambassadorId) return null;
  try {
    return sessionStorage.getItem(storageKey(kind, ambassadorId));
  } catch {
    return null;
  }
}

export function openItem(kind: OpenItemKind, ambassadorId: string, id: string | null): void {
  try {
    if (id) sessionStorage.setItem(storageKey(kind, ambassadorId), id);
    else sessionStorage.removeItem(storageKey(kind, ambassadorId));
  } catch {
    // Not remembered across reloads; the item still opens below through the listeners.
    memory.set(storageKey(kind, ambassadorId), id);
  }
  for (const listener of [...listeners]) listener();
}

/** Fallback when sessionStorage is unavailable. */
const memory = new Map<string, string | null>();

export function useOpenItem(
  kind: OpenItemKind,
  ambassadorId: string | null,
): [string | null, (id: string | null) => void] {
  const subscribe = useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  const id = useSyncExternalStore(subscribe, () => {
    const stored = read(kind, ambassadorId);
    return stored ?? (ambassadorId ? (memory.get(storageKey(kind, ambassadorId)) ?? null) : null);
  });
  const set = useCallback(
    (next: string | null) => {
      if (ambassadorId) openItem(kind, ambassadorId, next);
    },
    [kind, ambassadorId],
  );
  return [id, set];
}
