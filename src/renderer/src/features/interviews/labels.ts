/** The words the Interviews screens use for a request's choices, and its dates in the person's own locale. */
import type { Feeling, InterviewFields } from '../../../../shared/features/interviews/schemas';
import { INTERVIEW_TYPES } from '../../../../shared/features/rehearsal/interview-types';

export const BROADCAST_LABELS: Record<InterviewFields['broadcast'], string> = {
  live: 'Live',
  recorded: 'Recorded',
  'not-sure': 'Not sure yet',
};

export const PHOTO_LABELS: Record<InterviewFields['photo'], string> = {
  yes: 'Yes, photo or filming agreed',
  no: 'No photo or filming',
  'not-asked': 'Not agreed yet',
};

export const LEGAL_LABELS: Record<InterviewFields['legalCheck'], string> = {
  done: 'Yes, I checked with a legal adviser',
  'not-needed': 'Not needed for me',
  'not-yet': 'Not yet',
};

export const NAME_LABELS: Record<InterviewFields['nameMode'], string> = {
  full: 'Full name',
  first: 'First name only',
  pseudonym: 'Pseudonym',
};

export const FEELING_LABELS: Record<Feeling, string> = {
  good: 'Good',
  okay: 'Okay',
  mixed: 'Mixed',
  low: 'Low',
  upset: 'Upset',
};

export const FORMAT_OPTIONS = INTERVIEW_TYPES.map((t) => ({ value: t.id, label: t.name }));

export function formatName(format: InterviewFields['format']): string {
  return INTERVIEW_TYPES.find((t) => t.id === format)?.name ?? format;
}

/** Today as YYYY-MM-DD on this computer's calendar (not UTC: an evening interview is still "today"). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar day as the person's locale writes it. Noon keeps the day the same in every time zone. */
export function formatDay(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** Whole days from `today` to `day` (both YYYY-MM-DD); negative when it has passed. */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "today", "tomorrow", "in 3 days", "3 days ago". */
export function countdown(day: string, today = localToday()): string {
  const days = daysBetween(today, day);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** Whether the interview day has come, so a debrief makes sense. */
export function interviewHappened(request: Pick<InterviewFields, 'interviewDate'>, today = localToday()): boolean {
  return request.interviewDate !== '' && request.interviewDate <= today;
}
