import type { InterviewFields } from '../../../shared/features/interviews/schemas';
import { AppError } from '../../../shared/result';

/**
 * The rules a request's fields keep beyond their schema: topics off limits are trimmed and listed once, and
 * the dates make sense together.
 */
export function tidyFields(fields: InterviewFields): InterviewFields {
  const seen = new Set<string>();
  const offLimits = fields.offLimits
    .map((t) => t.trim())
    .filter((t) => {
      const key = t.toLowerCase();
      if (!t || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (fields.runsOn && fields.interviewDate && fields.runsOn < fields.interviewDate) {
    throw new AppError('VALIDATION', 'It cannot run before the interview: check the two dates.');
  }
  return { ...fields, outlet: fields.outlet.trim(), offLimits };
}

interface Dated {
  interviewDate: string;
  createdAt: string;
}

/** Soonest interview first (today counts as coming), then undated ones newest first, then past ones latest first. */
export function orderForList<T extends Dated>(items: readonly T[], today: string): T[] {
  const coming = items.filter((i) => i.interviewDate && i.interviewDate >= today);
  const undated = items.filter((i) => !i.interviewDate);
  const past = items.filter((i) => i.interviewDate && i.interviewDate < today);
  const newest = (a: T, b: T) => b.createdAt.localeCompare(a.createdAt);
  return [
    ...coming.sort((a, b) => a.interviewDate.localeCompare(b.interviewDate) || newest(a, b)),
    ...undated.sort(newest),
    ...past.sort((a, b) => b.interviewDate.localeCompare(a.interviewDate) || newest(a, b)),
  ];
}
