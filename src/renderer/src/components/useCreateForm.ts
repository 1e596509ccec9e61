import { useState, type FormEvent } from 'react';
import type { Result } from '../api/result';
import { issuesByField } from '../api/result';
import { notifyError } from './notify';

export interface CreateFormOptions<D, T> {
  initial: D;
  /** Field errors to show before anything is sent, or null when the draft may be sent. */
  check(draft: D): Record<string, string> | null;
  create(draft: D): Promise<Result<T>>;
  onCreated(value: T): void | Promise<void>;
  /** Notification title when the backend refuses, e.g. "The cohort was not created". */
  failureTitle: string;
}

/**
 * State and submit for the short "create" forms (first ambassador, first cohort): a draft, field errors that
 * clear as the field is edited, a busy flag, and the backend's field issues shown on the fields.
 */
export function useCreateForm<D extends object, T>(options: CreateFormOptions<D, T>) {
  const [draft, setDraft] = useState<D>(options.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof D>(key: K, value: D[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => {
      if (!(key in previous)) return previous;
      const { [key as string]: _removed, ...rest } = previous;
      return rest;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = options.check(draft);
    if (problems) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const result = await options.create(draft);
    if (!result.ok) {
      setBusy(false);
      setErrors(issuesByField(result.error));
      notifyError(result.error, options.failureTitle);
      return;
    }
    await options.onCreated(result.value);
    setBusy(false);
  };

  return { draft, set, errors, busy, submit };
}
