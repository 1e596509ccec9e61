/**
 * Calendar days for the plan. A person thinks of "today" and "the media day" as days on their own wall calendar,
 * so the plan counts local days in the laptop's time zone. (The scheduler's cap in `scheduling.ts` works in UTC
 * instants; mapping each due instant to its local day keeps both views consistent: nothing the scheduler caps
 * before the media date lands on or after the media day in any time zone, see days.test.ts.)
 */

/** A calendar day as YYYY-MM-DD. */
export type IsoDay = string;

const DAY_MS = 24 * 60 * 60 * 1000;
// Only used to read the digits of a date, never shown to anyone: Latin digits so they parse in every locale.
const DIGITS_LOCALE = 'en-US-u-nu-latn';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(DIGITS_LOCALE, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local calendar day an instant falls on in the given IANA time zone. */
export function localDay(instant: Date, timeZone: string): IsoDay {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Day arithmetic on calendar days, done in UTC where every day has 24 hours, so daylight saving cannot shift it. */
export function addDays(day: IsoDay, count: number): IsoDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** True for a real YYYY-MM-DD day (the cohort's media date is '' when not set). */
export function isIsoDay(value: string | null | undefined): value is IsoDay {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
