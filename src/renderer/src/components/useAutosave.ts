import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape, Result } from '../api/result';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** The last failure; kept while the user edits so field messages stay visible until the next answer. */
  error: AppErrorShape | null;
}

export interface AutosaveOptions<R, P = never> {
  /** Quiet time after the last change before saving, in ms. */
  delay?: number;
  onSaved?: (value: R) => void;
  /** Called when a save fails after the form has gone (navigation); the form can no longer show it. */
  onLostError?: (error: AppErrorShape) => void;
  /** Joins an unsaved patch with a later one (default: the later one's top-level fields win). */
  merge?: (earlier: P, later: P) => P;
}

export interface Autosave<P> {
  state: AutosaveState;
  /** Records a change; it is saved after `delay` ms without further changes. */
  queue(patch: P): void;
  /** Saves pending changes now (on blur, unmount and before the page unloads). */
  flush(): Promise<void>;
  /** The changes not yet saved (queued, or kept after a failed save), or null. */
  pending(): P | null;
  /** Drops the unsaved changes (the person chose another text); a save on its way still answers. */
  discard(): void;
}

/**
 * Debounced autosave of patches. Changes are merged into one pending patch and saved one request at a
 * time; a failed patch is kept (under any newer changes) so nothing the user typed is silently dropped.
 */
export function useAutosave<P extends object, R>(
  save: (patch: P) => Promise<Result<R>>,
  options: AutosaveOptions<R, P> = {},
): Autosave<P> {
  const delay = options.delay ?? 600;
  const saveRef = useRef(save);
  const optionsRef = useRef(options);
  useEffect(() => {
    saveRef.current = save;
    optionsRef.current = options;
  });
  const pending = useRef<P | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);
  const [state, setState] = useState<AutosaveState>({ status: 'idle', error: null });
  const join = useCallback((earlier: P, later: P): P => (optionsRef.current.merge ?? shallowMerge)(earlier, later), []);

  const report = useCallback((next: AutosaveState | ((previous: AutosaveState) => AutosaveState)) => {
    if (mounted.current) setState(next);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (running.current) await running.current;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    const run = (async () => {
      report((previous) => ({ status: 'saving', error: previous.error }));
      let result: Result<R>;
      try {
        result = await saveRef.current(patch);
      } catch (error) {
        result = {
          ok: false,
          error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
        };
      }
      if (result.ok) {
        optionsRef.current.onSaved?.(result.value);
        report({ status: pending.current ? 'pending' : 'saved', error: null });
      } else {
        pending.current = pending.current ? join(patch, pending.current) : patch;
        report({ status: 'error', error: result.error });
        if (!mounted.current) optionsRef.current.onLostError?.(result.error);
      }
    })();
    running.current = run;
    try {
      await run;
    } finally {
      if (running.current === run) running.current = null;
    }
  }, [join, report]);

  const queue = useCallback(
    (patch: P) => {
      pending.current = pending.current ? join(pending.current, patch) : patch;
      report((previous) => (previous.status === 'pending' ? previous : { status: 'pending', error: previous.error }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, delay);
    },
    [delay, flush, join, report],
  );

  useEffect(() => {
    mounted.current = true;
    const onUnload = () => void flush();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    report({ status: 'idle', error: null });
  }, [report]);

  const readPending = useCallback(() => pending.current, []);

  return { state, queue, flush, pending: readPending, discard };
}

function shallowMerge<P extends object>(earlier: P, later: P): P {
  return { ...earlier, ...later };
}
