import { describe, expect, it } from 'vitest';
import { GRADES } from '../rehearsal/schemas';
import { scheduleReview } from '../../scheduling';
import { addDays, daysBetween, isIsoDay, localDay } from './days';

describe('localDay', () => {
  it('puts an instant just before UTC midnight on the day of the wall calendar of each time zone', () => {
    const instant = new Date('2026-12-09T23:30:00Z');
    expect(localDay(instant, 'UTC')).toBe('2026-12-09');
    expect(localDay(instant, 'Europe/London')).toBe('2026-12-09');
    expect(localDay(instant, 'Europe/Berlin')).toBe('2026-12-10');
    expect(localDay(instant, 'America/New_York')).toBe('2026-12-09');
    expect(localDay(instant, 'Pacific/Auckland')).toBe('2026-12-10');
  });

  it('turns the day exactly at local midnight', () => {
    // Berlin is UTC+1 in December: local midnight is 23:00 UTC.
    expect(localDay(new Date('2026-12-09T22:59:59.999Z'), 'Europe/Berlin')).toBe('2026-12-09');
    expect(localDay(new Date('2026-12-09T23:00:00.000Z'), 'Europe/Berlin')).toBe('2026-12-10');
    // New York is UTC-5: the UTC date changes at 19:00 local, the local date does not.
    expect(localDay(new Date('2026-12-10T04:59:00Z'), 'America/New_York')).toBe('2026-12-09');
    expect(localDay(new Date('2026-12-10T05:00:00Z'), 'America/New_York')).toBe('2026-12-10');
  });
});

describe('day arithmetic', () => {
  it('adds and counts calendar days across month ends, leap days and daylight-saving changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-18', '2026-12-10')).toBe(-8);
  });

  it('knows a real day from an empty or broken media date', () => {
    expect(isIsoDay('2026-12-18')).toBe(true);
    expect(isIsoDay('')).toBe(false);
    expect(isIsoDay(null)).toBe(false);
    expect(isIsoDay('18/12/2026')).toBe(false);
  });
});

describe('the plan and the scheduler agree on days', () => {
  const ZONES = [
    'Etc/GMT+12',
    'America/Los_Angeles',
    'America/New_York',
    'UTC',
    'Europe/Berlin',
    'Asia/Tokyo',
    'Pacific/Kiritimati',
  ];
  // Instants near UTC midnight and local midnight, at least two local days before the media day.
  const NOWS = ['2026-12-10T23:59:00Z', '2026-12-11T00:01:00Z', '2026-12-12T11:00:00Z', '2026-12-15T23:30:00Z'];

  it('never lets a capped due date fall on or after the media day in any time zone', () => {
    for (const zone of ZONES)
      for (const now of NOWS)
        for (const grade of GRADES) {
          const card = scheduleReview(null, grade, new Date(now), '2026-12-18');
          expect(localDay(new Date(card.due), zone) < '2026-12-18', `${zone} ${now} ${grade}`).toBe(true);
        }
  });
});
