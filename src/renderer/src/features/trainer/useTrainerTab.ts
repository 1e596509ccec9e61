import { useCallback, useState } from 'react';

const KEY = 'ambassador-studio.trainer-tab';

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * The Trainer screen's open tab, remembered for this window: after opening someone's quote from the overview or
 * the queue, coming back to Trainer lands on the same tab. An unknown stored value (a tab since removed) falls
 * back to the first.
 */
export function useTrainerTab<T extends string>(tabs: readonly T[]): [T, (tab: T) => void] {
  const [tab, setTabState] = useState<T>(() => tabs.find((t) => t === stored()) ?? tabs[0]!);
  const setTab = useCallback((next: T) => {
    try {
      sessionStorage.setItem(KEY, next);
    } catch {
      // Not remembered across screens; the tab still changes.
    }
    setTabState(next);
  }, []);
  return [tab, setTab];
}
