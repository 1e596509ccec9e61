import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { isScreenId, type ScreenId } from './screens';

/** Routing is in-app state: the URL fragment belongs to the browser-mode token. */
export const SCREEN_STORAGE_KEY = 'ambassador-studio.screen';

interface NavigationValue {
  screen: ScreenId;
  /** Counts user navigations, so the shell can move focus to the new page's heading (not on first load). */
  navigationCount: number;
  navigate(screen: ScreenId): void;
}

const NavigationContext = createContext<NavigationValue | null>(null);

function storedScreen(): ScreenId | null {
  try {
    const value = sessionStorage.getItem(SCREEN_STORAGE_KEY);
    return isScreenId(value) ? value : null;
  } catch {
    return null;
  }
}

export function NavigationProvider({ children, initialScreen }: { children: ReactNode; initialScreen?: ScreenId }) {
  const [state, setState] = useState(() => ({ screen: initialScreen ?? storedScreen() ?? 'home', count: 0 }));
  const navigate = useCallback((screen: ScreenId) => {
    try {
      sessionStorage.setItem(SCREEN_STORAGE_KEY, screen);
    } catch {
      // Not remembered across reloads; navigation still works.
    }
    setState((previous) => ({ screen, count: previous.count + 1 }));
  }, []);
  const value = useMemo(
    () => ({ screen: state.screen, navigationCount: state.count, navigate }),
    [state.screen, state.count, navigate],
  );
  return <NavigationContext value={value}>{children}</NavigationContext>;
}

export function useNavigation(): NavigationValue {
  const value = use(NavigationContext);
  if (!value) throw new Error('useNavigation must be used inside <NavigationProvider>');
  return value;
}
