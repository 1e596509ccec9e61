import { describe, expect, it } from 'vitest';
import { progressSummary, takePoints, takesPerDay } from './progress';
import { rating, session, take } from './sessions.test-support';

describe('progress data', () => {
  const sessions = [
    session([
      take('2026-11-25T10:00:00', { rating: rating(2) }),
      take('2026-11-25T10:05:00', { durationMs: 40_000, rating: rating(2) }),
    ]),
    session([take('2026-11-27T09:00:00', { rating: rating(4) }), take('2026-11-27T09:02:00', { rating: rating(5) })]),
  ];

  it('counts answers per day, oldest first', () => {
    expect(takesPerDay(sessions).map((d) => [d.day, d.takes])).toEqual([
      ['2026-11-25', 2],
      ['2026-11-27', 2],
    ]);
  });

  it('lists answers in order with time, target and confidence (null when not measured)', () => {
    const points = takePoints(sessions);
    expect(points.map((p) => p.label)).toEqual(['1', '2', '3', '4']);
    expect(points[1]).toMatchObject({ answerSeconds: 40, targetSeconds: 30, pauses: null, confidence: 2 });
  });

  it('says in words what the charts show', () => {
    expect(progressSummary(sessions)).toEqual({
      takes: '4 answers on 2 days.',
      time: '3 of your last 4 answers were within their target time.',
      confidence: 'Confidence: rising (latest 5 of 5).',
    });
    expect(progressSummary([session([take('2026-11-27T09:00:00')])]).time).toBe(
      'Your answer was within its target time.',
    );
  });
});
