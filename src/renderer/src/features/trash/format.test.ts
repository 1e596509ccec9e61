import { describe, expect, it } from 'vitest';
import { daysLeft } from './format';

describe('days left in the Trash', () => {
  const now = new Date('2026-12-03T12:00:00.000Z');
  it('counts whole days up, and says when less than one is left', () => {
    expect(daysLeft('2027-01-02T12:00:00.000Z', now)).toBe('30 more days');
    expect(daysLeft('2026-12-05T11:00:00.000Z', now)).toBe('2 more days');
    expect(daysLeft('2026-12-04T11:00:00.000Z', now)).toBe('Less than a day');
    expect(daysLeft('2026-12-01T11:00:00.000Z', now)).toBe('Less than a day');
  });
});
