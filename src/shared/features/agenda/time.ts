/**
 * Times of day for the agenda. Stored as minutes after midnight; typed as "HH:MM" (the time input's own format);
 * shown in the reader's locale (12- or 24-hour as they are used to), never a hard-coded one.
 */
import { MINUTES_PER_DAY } from './schemas';

const pad = (n: number) => String(n).padStart(2, '0');

/** "HH:MM", the value a `<input type="time">` takes and gives. */
export function toTimeInput(minute: number): string {
  const clamped = Math.max(0, Math.min(MINUTES_PER_DAY - 1, Math.floor(minute)));
  return `${pad(Math.floor(clamped / 60))}:${pad(clamped % 60)}`;
}

/** Minutes after midnight from "HH:MM" (seconds, if a browser adds them, are ignored), or null. */
export function fromTimeInput(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** A time of day in the reader's locale (`locale` undefined means theirs), e.g. "09:30" or "9:30 AM". */
export function formatTimeOfDay(minute: number, locale?: string): string {
  const at = new Date(Date.UTC(2000, 0, 1, Math.floor(minute / 60) % 24, minute % 60));
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at);
}

/** "09:30–10:15" in the reader's locale. */
export function formatTimeRange(startMinute: number, durationMinutes: number, locale?: string): string {
  return `${formatTimeOfDay(startMinute, locale)}–${formatTimeOfDay(startMinute + durationMinutes, locale)}`;
}

/** "1 h 15 min", "45 min": how long a block lasts. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * A countdown as "m:ss" or "h:mm:ss". Time left is rounded up (0:00 means really over); time over, counting
 * up, is rounded down, so neither side of zero ever shows a second that has not happened.
 */
export function formatCountdown(ms: number): string {
  const total = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** A date (YYYY-MM-DD) in the reader's locale, e.g. "Tuesday 13 October 2026". */
export function formatAgendaDate(iso: string, locale?: string): string {
  const at = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/** The date of day `day` (1-based) when day 1 is `startDate`, as YYYY-MM-DD. */
export function dateOfDay(startDate: string, day: number): string {
  const at = new Date(`${startDate}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return '';
  at.setUTCDate(at.getUTCDate() + day - 1);
  return at.toISOString().slice(0, 10);
}

/** Which day of the agenda a local calendar date is (1-based; 0 or less before, more than the days after). */
export function dayOfDate(startDate: string, localDate: string): number | null {
  const start = Date.parse(`${startDate}T12:00:00Z`);
  const today = Date.parse(`${localDate}T12:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(today)) return null;
  return Math.round((today - start) / 86_400_000) + 1;
}
