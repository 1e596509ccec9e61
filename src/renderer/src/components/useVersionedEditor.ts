import { useCallback, useEffect, useRef, useState } from 'react';
import { issuesByField, type AppErrorShape, type Result } from '../api/result';
import { notifyError } from './notify';
import { useAutosave, type Autosave } from './useAutosave';

/** A stored record with the version migration 0080 keeps on it. */
export interface Versioned {
  version: number;
}

/** The same record changed elsewhere (another window, another laptop) while this editor held unsaved text. */
export interface EditConflict<F, R> {
  theirs: R;
  theirFields: F;
  /** The editor's text when the conflict was found: saved work, plus what was not yet saved. */
  mine: F;
}

export interface VersionedEditorOptions<F, P, R extends Versioned> {
  record: R;
  fieldsOf(record: R): F;
  applyPatch(fields: F, patch: P): F;
  merge(earlier: P, later: P): P;
  /** The patch that turns one set of fields into another ("keep mine" on top of theirs). */
  diff(from: F, to: F): P;
  save(patch: P, baseVersion: number, keepReplaced: boolean): Promise<Result<R>>;
  load(): Promise<Result<R>>;
  lostTitle: string;
}

export interface VersionedEditor<F, P, R> {
  values: F;
  errors: Record<string, string>;
  autosave: Autosave<P>;
  /** Shows a change at once and queues its patch. */
  apply(patch: P): void;
  conflict: EditConflict<F, R> | null;
  /** Drops my unsaved text and shows theirs. */
  takeTheirs(): void;
  /** Saves `fields` (mine, or merged by hand) on top of theirs; their text is kept in the history. */
  saveOnTop(fields: F): Promise<Result<R>>;
}

const PAUSED: AppErrorShape = {
  code: 'CONFLICT',
  message: 'This was changed in another window. Choose which text to keep.',
};

/**
 * An autosaving editor for a record others may change at the same time. Every save names the version its text
 * was based on, and the answer's version is the next base (saves go one at a time, so an editor never conflicts
 * with itself). Each answer also brings what other windows changed in other fields: it is shown at once, with
 * the still-unsaved patch on top. When the backend refuses a save because the same field changed elsewhere,
 * autosave stops and `conflict` holds both texts until the person chooses.
 */
export function useVersionedEditor<F, P extends object, R extends Versioned>(
  options: VersionedEditorOptions<F, P, R>,
): VersionedEditor<F, P, R> {
  const { fieldsOf, applyPatch, record } = options;
  const [values, setValues] = useState<F>(() => fieldsOf(record));
  const [conflict, setConflict] = useState<EditConflict<F, R> | null>(null);
  const base = useRef(record.version);
  const paused = useRef(false);
  const valuesRef = useRef(values);
  const optionsRef = useRef(options);
  useEffect(() => {
    valuesRef.current = values;
    optionsRef.current = options;
  });

  const save = async (patch: P): Promise<Result<R>> => {
    if (paused.current) return { ok: false, error: PAUSED };
    const result = await optionsRef.current.save(patch, base.current, false);
    if (result.ok || result.error.code !== 'CONFLICT') return result;
    // A CONFLICT is also "this quote is locked"; it is "changed elsewhere" only when the stored version moved on.
    const current = await optionsRef.current.load();
    if (current.ok && current.value.version !== base.current) {
      paused.current = true;
      setConflict({
        theirs: current.value,
        theirFields: optionsRef.current.fieldsOf(current.value),
        // The editor shows every change at once, so its values are mine: saved work plus what was not saved.
        mine: valuesRef.current,
      });
    }
    return result;
  };

  const autosave = useAutosave<P, R>(save, {
    merge: (a, b) => optionsRef.current.merge(a, b),
    onSaved: (saved) => {
      base.current = saved.version;
      const unsaved = autosave.pending();
      const fresh = optionsRef.current.fieldsOf(saved);
      setValues(unsaved ? optionsRef.current.applyPatch(fresh, unsaved) : fresh);
    },
    onLostError: (error) => notifyError(error, optionsRef.current.lostTitle),
  });

  // A newer record arriving while nothing is unsaved (a reload, a restore) is simply shown: nothing is lost.
  const { pending } = autosave;
  useEffect(() => {
    if (record.version <= base.current || paused.current || pending() || autosave.state.status === 'saving') return;
    base.current = record.version;
    setValues(fieldsOf(record));
  }, [record, fieldsOf, pending, autosave.state.status]);

  const resolved = useCallback(
    (saved: R) => {
      autosave.discard();
      base.current = saved.version;
      paused.current = false;
      setValues(fieldsOf(saved));
      setConflict(null);
    },
    [autosave, fieldsOf],
  );

  return {
    values,
    errors: issuesByField(autosave.state.error),
    autosave,
    apply: (patch) => {
      setValues((previous) => applyPatch(previous, patch));
      autosave.queue(patch);
    },
    conflict,
    takeTheirs: () => {
      if (conflict) resolved(conflict.theirs);
    },
    saveOnTop: async (fields) => {
      if (!conflict) return { ok: false, error: PAUSED };
      const { theirs, theirFields } = conflict;
      const result = await options.save(options.diff(theirFields, fields), theirs.version, true);
      if (result.ok) {
        resolved(result.value);
        return result;
      }
      // Changed yet again while the person was choosing: show the newest text, keeping their choice as mine.
      const current = await options.load();
      if (current.ok && current.value.version !== theirs.version) {
        setConflict({ theirs: current.value, theirFields: fieldsOf(current.value), mine: fields });
      }
      return result;
    },
  };
}
