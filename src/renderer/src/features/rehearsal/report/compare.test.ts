import { describe, expect, it } from 'vitest';
import type { Take, TakeMetrics } from '../../../../../shared/features/rehearsal/schemas';
import { rating, take } from '../history/sessions.test-support';
import { compareTakes, earlierTakes } from './compare';

const metrics = (overrides: Partial<TakeMetrics> = {}): TakeMetrics => ({
  durationSeconds: 30,
  speakingSeconds: 24,
  speakingShare: 0.9,
  pauseCount: 3,
  longestPauseSeconds: 1.2,
  syllableCount: 100,
  wordsPerMinute: 140,
  articulationRate: 4,
  loudnessSpreadDb: 3,
  ...overrides,
});

const answer = (createdAt: string, overrides: Partial<Take> = {}) =>
  take(createdAt, { metrics: metrics(), rating: rating(3), ...overrides });

const row = (now: Take, before: Take, id: string) => compareTakes(now, before, 'en').find((r) => r.id === id)!;

describe('compareTakes', () => {
  it('judges answer time by how far it ran over the target', () => {
    const before = answer('2026-12-01', { durationMs: 45_000 });
    expect(row(answer('2026-12-02', { durationMs: 35_000 }), before, 'time').change).toEqual({
      direction: 'down',
      judgement: 'better',
      words: 'Closer to the target time',
    });
    expect(row(before, answer('2026-12-02', { durationMs: 35_000 }), 'time').change?.judgement).toBe('worse');
    expect(row(answer('2026-12-02', { durationMs: 20_000 }), answer('2026-12-01'), 'time').change).toMatchObject({
      judgement: 'same',
      words: 'Both within time',
    });
  });

  it('judges pace by its distance from the comfortable band, in the take’s language', () => {
    const fast = answer('2026-12-01', { metrics: metrics({ wordsPerMinute: 200 }) });
    const calmer = answer('2026-12-02', { metrics: metrics({ wordsPerMinute: 150 }) });
    const pace = row(calmer, fast, 'pace');
    expect(pace.now).toBe('150–180 words a minute (comfortable)');
    expect(pace.before).toBe('200–240 words a minute (fast)');
    expect(pace.change).toMatchObject({ judgement: 'better', words: 'Closer to a comfortable pace' });
    const short = answer('2026-12-02', { metrics: metrics({ speakingSeconds: 3 }) });
    expect(row(short, fast, 'pace')).toMatchObject({ now: 'Not enough speech to tell', change: null });
  });

  it('reports pauses and speaking time without judging them', () => {
    const before = answer('2026-12-01');
    const now = answer('2026-12-02', { metrics: metrics({ pauseCount: 5, speakingSeconds: 28 }) });
    expect(row(now, before, 'pauses').change).toEqual({ direction: 'up', judgement: null, words: 'More pauses' });
    expect(row(now, before, 'speaking').change).toEqual({ direction: 'up', judgement: null, words: 'More speech' });
  });

  it('only calls a shorter longest pause better when one of them was a long silence', () => {
    const long = answer('2026-12-01', { metrics: metrics({ longestPauseSeconds: 4.5 }) });
    const short = answer('2026-12-02', { metrics: metrics({ longestPauseSeconds: 1.1 }) });
    expect(row(short, long, 'longest').change).toMatchObject({ judgement: 'better', words: 'A shorter silence' });
    expect(row(short, answer('2026-12-01'), 'longest').change).toMatchObject({
      judgement: 'same',
      words: 'Both under 3 seconds',
    });
  });

  it('compares self-ratings by confidence, and says when one is missing', () => {
    const before = answer('2026-12-01', { rating: rating(2) });
    expect(row(answer('2026-12-02', { rating: rating(4) }), before, 'rating')).toMatchObject({
      now: 'Good, confidence 4 of 5',
      change: { judgement: 'better', words: 'You felt more confident' },
    });
    expect(row(answer('2026-12-02', { rating: null }), before, 'rating')).toMatchObject({
      now: 'Not rated',
      change: null,
    });
  });

  it('says "not measured" for an answer that was not recorded', () => {
    const unrecorded = answer('2026-12-02', { metrics: null });
    expect(row(unrecorded, answer('2026-12-01'), 'pauses')).toMatchObject({ now: 'Not measured', change: null });
  });
});

describe('earlierTakes', () => {
  it('finds earlier answers to the same question in any session, newest first', () => {
    const now = answer('2026-12-03T10:00:00Z', { id: 'now', questionId: 'q1' });
    const all = [
      answer('2026-12-01T10:00:00Z', { id: 'old', questionId: 'q1', sessionId: 's1' }),
      answer('2026-12-02T10:00:00Z', { id: 'newer', questionId: 'q1', sessionId: 's2' }),
      answer('2026-12-02T11:00:00Z', { id: 'other question', questionId: 'q2' }),
      answer('2026-12-04T10:00:00Z', { id: 'later', questionId: 'q1' }),
      now,
    ];
    expect(earlierTakes(now, all).map((t) => t.id)).toEqual(['newer', 'old']);
  });
});
