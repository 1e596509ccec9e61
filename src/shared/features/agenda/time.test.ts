import { describe, expect, it } from 'vitest';
import {
  dateOfDay,
  dayOfDate,
  formatCountdown,
  formatDuration,
  formatTimeOfDay,
  fromTimeInput,
  toTimeInput,
} from './time';

describe('agenda times', () => {
  it('round-trips the time input’s "HH:MM"', () => {
    expect(toTimeInput(570)).toBe('09:30');
    expect(fromTimeInput('09:30')).toBe(570);
    expect(fromTimeInput('9:05:00')).toBe(545);
    for (const bad of ['', '24:00', '12:60', 'noon', '12']) expect(fromTimeInput(bad), bad).toBeNull();
  });

  it('shows a time of day in the given locale (the reader’s when left out)', () => {
    expect(formatTimeOfDay(870, 'en-GB')).toBe('14:30');
    expect(formatTimeOfDay(870, 'en-US')).toMatch(/^2:30\sPM$/);
    expect(formatTimeOfDay(870)).toBe(
      new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2000, 0, 1, 14, 30)),
      ),
    );
  });

  it('counts down in minutes and seconds, rounding up', () => {
    expect(formatCountdown(10 * 60_000)).toBe('10:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-90_000)).toBe('1:30');
    expect(formatCountdown(-90_900)).toBe('1:30');
    expect(formatDuration(75)).toBe('1 h 15 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
  });

  it('maps calendar dates to agenda days', () => {
    expect(dateOfDay('2026-10-13', 2)).toBe('2026-10-14');
    expect(dayOfDate('2026-10-13', '2026-10-14')).toBe(2);
    expect(dayOfDate('2026-10-13', '2026-10-12')).toBe(0);
    expect(dayOfDate('', '2026-10-12')).toBeNull();
  });
});
