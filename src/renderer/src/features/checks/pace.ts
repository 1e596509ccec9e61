import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_WORDS_PER_SECOND } from '../../../../shared/checks';

/**
 * The ambassador's own speaking pace (words per second), used for speaking-time estimates. There is no backend
 * setting for it yet, so it is kept on this laptop per ambassador; it is a preference, not a record of work.
 */
const PREFIX = 'ambassador-studio.pace.';
export const MIN_PACE = 1;
export const MAX_PACE = 5;

const listeners = new Set<() => void>();

function read(ambassadorId: string | null): number {
  if (!ambassadorId) return DEFAULT_WORDS_PER_SECOND;
  try {
    const stored = Number(localStorage.getItem(PREFIX + ambassadorId));
    return Number.isFinite(stored) && stored >= MIN_PACE && stored <= MAX_PACE ? stored : DEFAULT_WORDS_PER_SECOND;
  } catch {
    return DEFAULT_WORDS_PER_SECOND;
  }
}

export function usePace(ambassadorId: string | null): [number, (next: number) => void] {
  const subscribe = useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  const pace = useSyncExternalStore(subscribe, () => read(ambassadorId));
  const setPace = useCallback(
    (next: number) => {
      if (!ambassadorId || !Number.isFinite(next)) return;
      try {
        localStorage.setItem(PREFIX + ambassadorId, String(Math.min(MAX_PACE, Math.max(MIN_PACE, next))));
      } catch {
        // Storage can be disabled; the default pace is used.
      }
      for (const listener of [...listeners]) listener();
    },
    [ambassadorId],
  );
  return [pace, setPace];
}
