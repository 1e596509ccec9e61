/**
 * The words the prep card uses for the request's choices, and its dates in the reader's own locale (the card is
 * the ambassador's, printed on their laptop, so their system's date format is the one they read best).
 */
import type { NameMode } from '../../../../shared/features/ambassadors/schemas';
import type { InterviewFields } from '../../../../shared/features/interviews/schemas';

export const BROADCAST_LABELS: Readonly<Record<InterviewFields['broadcast'], string>> = {
  live: 'Live: it cannot be edited',
  recorded: 'Recorded: it may be edited',
  'not-sure': 'Not known yet: ask whether it is live',
};

export const PHOTO_LABELS: Readonly<Record<InterviewFields['photo'], string>> = {
  yes: 'Yes, photos are agreed',
  no: 'No photos',
  'not-asked': 'Not agreed yet: settle it before the day',
};

export const NAME_MODE_WORDS: Readonly<Record<NameMode, string>> = {
  full: 'full name',
  first: 'first name only',
  pseudonym: 'pseudonym',
};

export const ON_THE_RECORD = 'Everything is on the record. You rarely see the piece before it runs.';
export const LEGAL_CHECK_REMINDER =
  'Legal check not done yet: what you say can affect an asylum claim. Ask your legal adviser before the interview.';
export const NOT_FOR_THE_PRESS = 'Prep card — not for the press';

/** "2026-12-18" as the reader's locale writes a full date ("Friday 18 December 2026" in en-GB); '' stays ''. */
export function formatCardDate(isoDate: string, locale: string | undefined = undefined): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  // Noon UTC, read in UTC: the same calendar day whatever the laptop's time zone.
  const day = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDate;
  return day.toLocaleDateString(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function lengthLabel(minutes: number): string {
  if (minutes <= 0) return 'Not known yet: ask';
  return minutes === 1 ? 'About 1 minute' : `About ${minutes} minutes`;
}
