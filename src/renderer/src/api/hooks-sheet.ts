/**
 * Hooks for the Message sheet screen: the choices for the current ambassador, the live (debounced) preview,
 * and the press pack export with its progress. These answers change with every edit on other screens, so they
 * are loaded fresh when the screen opens rather than kept in the shared cache.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StudioApi } from '../../../shared/contract';
import type { PackExport, PackProgress, SheetChoices, SheetPreview } from '../../../shared/features/message-sheet/api';
import type { PackOptions, SheetOptions } from '../../../shared/features/message-sheet/options';
import { useApi } from './ApiProvider';
import { LOST_CONTACT_MESSAGE, type AppErrorShape, type Result } from './result';

export interface Loaded<T> {
  data: T | undefined;
  error: AppErrorShape | null;
  loading: boolean;
  reload(): Promise<void>;
}

interface LoadState<T> {
  key: string | null;
  data: T | undefined;
  error: AppErrorShape | null;
  loading: boolean;
}

function asError(error: unknown): AppErrorShape {
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : LOST_CONTACT_MESSAGE };
}

/**
 * Loads one answer for `key` (null: nothing to load) and again on reload(). An answer for an older key or an
 * older request never replaces a newer one, and data for another key is never returned.
 */
function useFreshLoad<T>(key: string | null, load: (api: StudioApi) => Promise<Result<T>>, delayMs = 0): Loaded<T> {
  const api = useApi();
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const sequence = useRef(0);
  const [state, setState] = useState<LoadState<T>>({ key: null, data: undefined, error: null, loading: false });

  const run = useCallback(
    async (forKey: string) => {
      const mine = (sequence.current += 1);
      setState((s) => ({
        ...s,
        key: forKey,
        loading: true,
        ...(s.key === forKey ? {} : { data: undefined, error: null }),
      }));
      let result: Result<T>;
      try {
        result = await loadRef.current(api);
      } catch (error) {
        result = { ok: false, error: asError(error) };
      }
      if (mine !== sequence.current) return;
      setState((s) =>
        result.ok
          ? { key: forKey, data: result.value, error: null, loading: false }
          : { key: forKey, data: s.key === forKey ? s.data : undefined, error: result.error, loading: false },
      );
    },
    [api],
  );

  useEffect(() => {
    if (key === null) {
      sequence.current += 1;
      return undefined;
    }
    const timer = setTimeout(() => void run(key), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs, run]);

  const reload = useCallback(() => (key === null ? Promise.resolve() : run(key)), [key, run]);
  const current = state.key === key && key !== null;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : null,
    // Waiting for the debounce counts as loading, so the screen can say "Updating…" at once.
    loading: key !== null && (!current || state.loading),
    reload,
  };
}

export function useSheetChoices(ambassadorId: string | null): Loaded<SheetChoices> {
  return useFreshLoad(ambassadorId ? `choices:${ambassadorId}` : null, (api) =>
    api['sheet:options']({ ambassadorId: ambassadorId ?? '' }),
  );
}

/** How long the preview waits after the last change before it asks for a new sheet. */
export const PREVIEW_DELAY_MS = 300;

/**
 * The preview for these options, asked for once the options stop changing. While a newer one is on its way,
 * the last preview for the same ambassador stays available as `shown`, so the page does not flash.
 */
export function useSheetPreview(
  ambassadorId: string | null,
  options: SheetOptions | null,
  delayMs = PREVIEW_DELAY_MS,
): Loaded<SheetPreview> & { shown: SheetPreview | undefined } {
  const key = ambassadorId && options ? `${ambassadorId}:${JSON.stringify(options)}` : null;
  const loaded = useFreshLoad(
    key,
    (api) => api['sheet:preview']({ ambassadorId: ambassadorId ?? '', options: options ?? {} }),
    delayMs,
  );
  const [last, setLast] = useState<{ ambassadorId: string; preview: SheetPreview } | null>(null);
  if (loaded.data && ambassadorId && last?.preview !== loaded.data) setLast({ ambassadorId, preview: loaded.data });
  const shown = loaded.data ?? (last && last.ambassadorId === ambassadorId && key !== null ? last.preview : undefined);
  return { ...loaded, shown };
}

/** How often the press pack's progress is asked for while it renders. */
export const PACK_POLL_MS = 250;

export interface PackExportRun {
  running: boolean;
  progress: PackProgress | null;
  run(cohortId: string, options: PackOptions): Promise<Result<PackExport>>;
}

/** Exports a press pack and polls pack:progress while it renders. */
export function usePackExport(pollMs = PACK_POLL_MS): PackExportRun {
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<PackProgress | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (cohortId: string, options: PackOptions): Promise<Result<PackExport>> => {
      setRunning(true);
      setProgress({ running: true, stage: 'preparing', done: 0, total: 0, message: 'Starting the press pack…' });
      let asking = false;
      let finished = false;
      const poll = async () => {
        if (asking || finished) return;
        asking = true;
        try {
          const result = await api['pack:progress']({});
          if (result.ok && result.value.running && !finished && mounted.current) setProgress(result.value);
        } catch {
          // Progress is only a help; the export's own answer decides.
        } finally {
          asking = false;
        }
      };
      const timer = setInterval(() => void poll(), pollMs);
      let result: Result<PackExport>;
      try {
        result = await api['pack:export']({ cohortId, options });
      } catch (error) {
        result = { ok: false, error: asError(error) };
      } finally {
        finished = true;
        clearInterval(timer);
      }
      if (mounted.current) {
        setRunning(false);
        setProgress(
          result.ok
            ? {
                running: false,
                stage: 'done',
                done: 1,
                total: 1,
                message: `Press pack ready: ${result.value.pages} pages.`,
              }
            : null,
        );
      }
      return result;
    },
    [api, pollMs],
  );

  return { running, progress, run };
}
