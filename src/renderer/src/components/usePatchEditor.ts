import { useState } from 'react';
import { issuesByField, type Result } from '../api/result';
import { notifyError } from './notify';
import { useAutosave, type Autosave } from './useAutosave';

export interface PatchEditor<F extends object> {
  values: F;
  /** The backend's problems with the last save, by field path (e.g. `variants.social`). */
  errors: Record<string, string>;
  autosave: Autosave<Partial<F>>;
  /** Shows a change at once and queues it as a patch of the top-level fields it touches. */
  apply(patch: Partial<F>): void;
  set<K extends keyof F>(key: K, value: F[K]): void;
}

/**
 * The editing state of a stored record (a house, a quote, a profile). The form follows every change at once;
 * the backend gets patches of the top-level fields that changed, merged and sent by autosave after a short
 * pause, on blur and before the page unloads.
 */
export function usePatchEditor<F extends object>(
  initial: () => F,
  save: (patch: Partial<F>) => Promise<Result<unknown>>,
  /** Title of the notification for a save that fails after the editor has gone and can no longer show it. */
  lostTitle: string,
): PatchEditor<F> {
  const [values, setValues] = useState<F>(initial);
  const autosave = useAutosave(save, { onLostError: (error) => notifyError(error, lostTitle) });
  const apply = (patch: Partial<F>) => {
    setValues((previous) => ({ ...previous, ...patch }));
    autosave.queue(patch);
  };
  return {
    values,
    errors: issuesByField(autosave.state.error),
    autosave,
    apply,
    set: (key, value) => {
      const patch: Partial<F> = {};
      patch[key] = value;
      apply(patch);
    },
  };
}
