import type { ZodError } from 'zod';
import type { FieldIssue } from '../../shared/result';

/** Zod issues as field paths and messages people can read; capped so a huge bad input stays a short answer. */
export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }));
}
