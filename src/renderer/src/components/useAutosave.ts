import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape, Result } from '../api/result';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** The last failure; kept while the user edits so field messages stay visible until the next answer. */
  error: AppErrorShape | null;
}

export interface AutosaveOptions<R> {
  /** Quiet time after the last change before saving, in ms. */
  delay?: number;
  onSaved?: (value: R) => void;
  /** Called when a save fails after the form has gone (navigation); the form can no longer show it. */
  onLostError?: (error: AppErrorShape) => void;
}

export interface Autosave<P> {
  state: AutosaveState;
  /** Records a change; it is saved after `delay` ms without further changes. */
  queue(patch: P): void;
  /** Saves pending changes now (on blur, unmount and before the page unloads). */
  flush(): Promise<void>;
}

/**
 * Debounced autosave of patches. Changes are merged into one pending patch and saved one request at a
 * time; a failed patch is kept (under any newer changes) so nothing the user typed is silently dropped.
 */
export function useAutosave<P extends object, R>(
  save: (patch: P) => Promise<Result<R>>,
  options: AutosaveOptions<R> = {},
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
        pending.current = { ...patch, ...pending.current };
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
  }, [report]);

  const queue = useCallback(
    (patch: P) => {
      pending.current = { ...pending.current, ...patch } as P;
      report((previous) => (previous.status === 'pending' ? previous : { status: 'pending', error: previous.error }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, delay);
    },
    [delay, flush, report],
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

  return { state, queue, flush };
}
