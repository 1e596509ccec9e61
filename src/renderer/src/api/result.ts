import type { AppErrorShape, ErrorCode, FieldIssue, Result } from '../../../shared/result';

export type { AppErrorShape, FieldIssue, Result };

/** A failed Result built in the renderer (transport trouble), shaped like the backend's. */
export function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

export const LOST_CONTACT_MESSAGE = 'Lost contact with Ambassador Studio. Is it still running?';

/**
 * Field issues arrive with the path the backend saw: `patch.fullName`, `fields.firstName`,
 * `privateDetails.0.value`. The form only cares about the field, so the wrapper key is dropped.
 */
export function fieldPath(path: string): string {
  return path.replace(/^(patch|fields)\./u, '');
}

/** Issue messages by field path (and by top-level field, for list items). */
export function issuesByField(error: AppErrorShape | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const path = fieldPath(issue.path);
    out[path] ??= issue.message;
    const top = path.split('.')[0];
    if (top && top !== path) out[top] ??= issue.message;
  }
  return out;
}
