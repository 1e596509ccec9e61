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

/**
 * Literal expectations (ts-fsrs 5 defaults at 85 % retention, no fuzz) so that mapping one self-rating onto
 * another, or moving a boundary of the media-date rules, changes a number a test names.
 */
describe('scheduleReview: each self-rating means what it says', () => {
  it('hard is not again: a new question rated hard comes back after 6 minutes, again after 1, good after 10', () => {
    const due = (grade: 'again' | 'hard' | 'good') => scheduleReview(null, grade, now, null).due;
    expect(due('again')).toBe('2026-11-27T10:01:00.000Z');
    expect(due('hard')).toBe('2026-11-27T10:06:00.000Z');
    expect(due('good')).toBe('2026-11-27T10:10:00.000Z');
  });

  it('hard is not again: on a learnt question hard keeps it (no lapse, 71 days), again is a lapse (same day)', () => {
    const learnt = scheduleReview(null, 'easy', now, null);
    const reviewedAt = new Date(learnt.due);
    const hard = scheduleReview(learnt, 'hard', reviewedAt, null);
    const again = scheduleReview(learnt, 'again', reviewedAt, null);
    const good = scheduleReview(learnt, 'good', reviewedAt, null);
    expect(again).toMatchObject({ lapses: 1, scheduled_days: 0, due: '2026-12-13T10:10:00.000Z' });
    expect(hard).toMatchObject({ lapses: 0, scheduled_days: 71, due: '2027-02-22T10:00:00.000Z' });
    expect(good).toMatchObject({ lapses: 0, scheduled_days: 108, due: '2027-03-31T10:00:00.000Z' });
  });

  it('without a media date the interval is free (up to a year): easy on a learnt question waits 189 days', () => {
    const learnt = scheduleReview(null, 'easy', now, null);
    expect(learnt.scheduled_days).toBe(16);
    expect(scheduleReview(learnt, 'easy', new Date(learnt.due), null).scheduled_days).toBe(189);
  });
});

describe('scheduleReview: the media-date rules at their boundaries', () => {
  const easyFirst = (mediaDate: string) => scheduleReview(null, 'easy', now, mediaDate).due;

  it('20 days before: capped at half the time left and due no later than the day before', () => {
    expect(easyFirst('2026-12-18')).toBe('2026-12-07T10:00:00.000Z');
  });

  it('1 whole day left: one day’s interval, not moved back to midnight of the day before', () => {
    expect(daysUntil('2026-11-29', now)).toBe(1);
    expect(easyFirst('2026-11-29')).toBe('2026-11-28T10:00:00.000Z');
  });

  it('less than a day left, or the date passed: FSRS schedules freely again', () => {
    expect(daysUntil('2026-11-28', now)).toBe(0);
    expect(easyFirst('2026-11-28')).toBe('2026-12-13T10:00:00.000Z');
    expect(daysUntil('2026-11-20', now)).toBe(-8);
    expect(easyFirst('2026-11-20')).toBe('2026-12-13T10:00:00.000Z');
  });
});

describe('isDue', () => {
  it('a question is due from the very moment it was scheduled for, not before', () => {
    const card = scheduleReview(null, 'good', now, null);
    const dueAt = Date.parse(card.due);
    expect(isDue(card, new Date(dueAt - 1))).toBe(false);
    expect(isDue(card, new Date(dueAt))).toBe(true);
    expect(isDue(card, new Date(dueAt + 1))).toBe(true);
  });
});
