import { describe, expect, it } from 'vitest';
import { daysUntil, isDue, scheduleReview } from './scheduling';

const now = new Date('2026-11-27T10:00:00Z');

describe('scheduleReview', () => {
  it('schedules a failed question sooner than an easy one', () => {
    const again = scheduleReview(null, 'again', now, null);
    const easy = scheduleReview(null, 'easy', now, null);
    expect(Date.parse(again.due)).toBeLessThan(Date.parse(easy.due));
    expect(isDue(easy, now)).toBe(false);
    expect(isDue(null, now)).toBe(true);
  });

  it('grows the interval with repeated good answers', () => {
    let card = scheduleReview(null, 'good', now, null);
    let t = new Date(card.due);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const next = scheduleReview(card, 'good', t, null);
      gaps.push(Date.parse(next.due) - t.getTime());
      card = next;
      t = new Date(next.due);
    }
    expect(gaps[3]!).toBeGreaterThan(gaps[0]!);
  });

  it('keeps every question due before the media date', () => {
    const lastRehearsal = Date.parse('2026-12-17T00:00:00Z');
    let card = scheduleReview(null, 'easy', now, '2026-12-18');
    let reviews = 1;
    while (Date.parse(card.due) < lastRehearsal) {
      expect(Date.parse(card.due)).toBeLessThanOrEqual(lastRehearsal);
      card = scheduleReview(card, 'easy', new Date(card.due), '2026-12-18');
      reviews += 1;
    }
    expect(Date.parse(card.due)).toBe(lastRehearsal);
    // Even when every answer is easy, the question comes round several times before the interviews.
    expect(reviews).toBeGreaterThanOrEqual(3);
  });

  it('counts days to the media date', () => {
    expect(daysUntil('2026-12-18', now)).toBe(20);
    expect(daysUntil('', now)).toBeNull();
    expect(daysUntil('not a date', now)).toBeNull();
  });
});
