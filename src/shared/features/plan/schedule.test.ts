import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../question-bank/schemas';
import {
  DAILY_LIMIT,
  NO_DATE_HORIZON_DAYS,
  planSchedule,
  SECOND_LOOK_GAP_DAYS,
  type PlannedQuestion,
} from './schedule';
import type { PlanItemKind } from './schemas';

const NOW = new Date('2026-12-10T09:00:00Z');
const ZONE = 'Europe/Berlin';

function questions(count: number, category: QuestionCategory = 'work', prefix = category): PlannedQuestion[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, text: `Question ${prefix} ${i}`, category }));
}

function plan(overrides: Partial<Parameters<typeof planSchedule>[0]> = {}) {
  return planSchedule({
    now: NOW,
    timeZone: ZONE,
    mediaDate: '2026-12-18',
    questions: [],
    cards: new Map(),
    ...overrides,
  });
}

/** Where each question appears: the day offsets and kinds, in order. */
function appearances(days: ReturnType<typeof plan>['days']): Map<string, Array<{ day: number; kind: PlanItemKind }>> {
  const out = new Map<string, Array<{ day: number; kind: PlanItemKind }>>();
  days.forEach((d, day) => {
    for (const item of d.items)
      out.set(item.questionId, [...(out.get(item.questionId) ?? []), { day, kind: item.kind }]);
  });
  return out;
}

describe('the days of the plan', () => {
  it('runs from today to the day before an upcoming media date', () => {
    const result = plan();
    expect(result.today).toBe('2026-12-10');
    expect(result.mediaStatus).toBe('upcoming');
    expect(result.daysToMedia).toBe(8);
    expect(result.days.map((d) => d.date)).toEqual([
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2026-12-17',
    ]);
  });

  it('looks two weeks ahead when there is no media date, and says so', () => {
    const result = plan({ mediaDate: '' });
    expect(result.mediaStatus).toBe('none');
    expect(result.daysToMedia).toBeNull();
    expect(result.days).toHaveLength(NO_DATE_HORIZON_DAYS);
    expect(result.days.at(-1)!.date).toBe('2026-12-23');
  });

  it('looks two weeks ahead after the media date has passed', () => {
    const result = plan({ mediaDate: '2026-12-01' });
    expect(result.mediaStatus).toBe('passed');
    expect(result.days).toHaveLength(NO_DATE_HORIZON_DAYS);
  });

  it('has only today on the media day itself', () => {
    const result = plan({ mediaDate: '2026-12-10' });
    expect(result.mediaStatus).toBe('today');
    expect(result.daysToMedia).toBe(0);
    expect(result.days.map((d) => d.date)).toEqual(['2026-12-10']);
  });

  it('counts local days: just after local midnight it is already the next day', () => {
    // 23:30 UTC is 00:30 in Berlin on the 11th, still the 10th in New York.
    const now = new Date('2026-12-10T23:30:00Z');
    const berlin = plan({ now, timeZone: 'Europe/Berlin' });
    const newYork = plan({ now, timeZone: 'America/New_York' });
    expect([berlin.today, berlin.daysToMedia, berlin.days.length]).toEqual(['2026-12-11', 7, 7]);
    expect([newYork.today, newYork.daysToMedia, newYork.days.length]).toEqual(['2026-12-10', 8, 8]);
  });
});

describe('questions FSRS brings back', () => {
  it('puts each on the local day it is due, overdue ones on today, and counts those due after the plan', () => {
    const qs = questions(4);
    const cards = new Map([
      ['work-0', { due: '2026-12-03T10:00:00Z' }],
      ['work-1', { due: '2026-12-12T22:30:00Z' }], // 23:30 in Berlin: the 12th
      ['work-2', { due: '2026-12-12T23:30:00Z' }], // 00:30 in Berlin: the 13th
      ['work-3', { due: '2027-01-20T09:00:00Z' }],
    ]);
    const result = plan({ questions: qs, cards });
    const seen = appearances(result.days);
    expect(seen.get('work-0')).toEqual([{ day: 0, kind: 'overdue' }]);
    expect(seen.get('work-1')).toEqual([{ day: 2, kind: 'due' }]);
    expect(seen.get('work-2')).toEqual([{ day: 3, kind: 'due' }]);
    expect(seen.has('work-3')).toBe(false);
    expect(result.laterCount).toBe(1);
    expect(result.newCount).toBe(0);
  });

  it('takes at most the daily limit a day, most overdue first, moving the rest to the next days', () => {
    const qs = questions(20);
    const cards = new Map(
      qs.map((q, i) => [q.id, { due: new Date(Date.parse('2026-12-09T08:00:00Z') - i * 3_600_000).toISOString() }]),
    );
    const result = plan({ questions: qs, cards });
    expect(result.days.slice(0, 3).map((d) => d.items.length)).toEqual([
      DAILY_LIMIT,
      DAILY_LIMIT,
      20 - 2 * DAILY_LIMIT,
    ]);
    expect(result.days[0]!.items.map((i) => i.questionId)).toEqual(
      qs
        .slice(12)
        .map((q) => q.id)
        .reverse(),
    );
    expect(result.notPlaced).toBe(0);
  });
});

describe('new questions', () => {
  it('are introduced a few a day so each comes back for a second look before the media date', () => {
    const qs = questions(12);
    const result = plan({ questions: qs });
    expect(result.newCount).toBe(12);
    // 8 days, second looks 2 days later: new ones on the first 6 days, 2 a day.
    expect(result.newPerDay).toBe(2);
    const seen = appearances(result.days);
    for (const q of qs) {
      const [first, second] = seen.get(q.id)!;
      expect(first!.kind).toBe('new');
      expect(second).toEqual({ day: first!.day + SECOND_LOOK_GAP_DAYS, kind: 'second' });
    }
    expect(result.notPlaced).toBe(0);
  });

  it('keep to a few a day when everything fits, leaving the rest of the day free', () => {
    const result = plan({ questions: questions(12) });
    expect(result.days.map((d) => d.items.length)).toEqual([2, 2, 4, 4, 4, 4, 2, 2]);
  });

  it('take the spare places of the first days early when the even spread does not fit', () => {
    const qs = QUESTION_CATEGORIES.flatMap((c) => questions(9, c));
    const result = plan({ questions: qs, mediaDate: '2026-12-25' });
    const placed = result.days.map((d) => d.items.length);
    // 15 days of 8 places for 126 rehearsals: all but one place is used, and only the overflow is left out.
    expect(placed.slice(0, 3)).toEqual([DAILY_LIMIT, DAILY_LIMIT, DAILY_LIMIT]);
    expect(placed.reduce((a, b) => a + b, 0)).toBe(15 * DAILY_LIMIT - 1);
    expect(result.notPlaced).toBe(2 * qs.length - (15 * DAILY_LIMIT - 1));
  });

  it('take turns by category, hostile first', () => {
    const qs = [...questions(2, 'warmup'), ...questions(2, 'policy'), ...questions(2, 'hostile')];
    const result = plan({ questions: qs, mediaDate: '2026-12-13' });
    const order = result.days.flatMap((d) => d.items.filter((i) => i.kind === 'new').map((i) => i.questionId));
    expect(order).toEqual(['hostile-0', 'warmup-0', 'policy-0', 'hostile-1', 'warmup-1', 'policy-1']);
  });

  it('come back on the last day when the gap does not fit, and say what does not fit at all', () => {
    const qs = questions(3);
    const tomorrow = plan({ questions: qs, mediaDate: '2026-12-12' });
    // Two days: all three are new today and back tomorrow.
    expect(tomorrow.days.map((d) => d.items.map((i) => i.kind))).toEqual([
      ['new', 'new', 'new'],
      ['second', 'second', 'second'],
    ]);
    const mediaToday = plan({ questions: qs, mediaDate: '2026-12-10' });
    expect(mediaToday.days[0]!.items).toHaveLength(3);
    expect(mediaToday.notPlaced).toBe(3);
  });

  it('say how many rehearsals do not fit when there are too many for the days left', () => {
    const qs = QUESTION_CATEGORIES.flatMap((c) => questions(9, c));
    const result = plan({ questions: qs, mediaDate: '2026-12-14' });
    const placed = result.days.reduce((sum, d) => sum + d.items.length, 0);
    expect(placed).toBe(4 * DAILY_LIMIT);
    expect(placed + result.notPlaced).toBe(2 * qs.length);
  });
});
