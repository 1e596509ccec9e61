import { describe, expect, it } from 'vitest';
import type { Readiness, StudyPlan } from '../../../../shared/features/plan/schemas';
import { formatDay, mediaSentence, readinessGaps, reminderParts } from './format';

const PLAN: StudyPlan = {
  today: '2026-12-10',
  mediaDate: '2026-12-18',
  mediaStatus: 'upcoming',
  daysToMedia: 8,
  days: [{ date: '2026-12-10', items: [{ questionId: 'q', text: 'Why?', category: 'hostile', kind: 'new' }] }],
  dailyLimit: 8,
  newPerDay: 1,
  newCount: 1,
  notPlaced: 0,
  laterCount: 0,
  interview: null,
  readiness: { categories: [{ category: 'hostile', total: 5, once: 3, twice: 2 }], ready: false },
};

describe('plan sentences', () => {
  it('writes days in the person’s locale', () => {
    expect(formatDay('2026-12-18')).toBe(
      new Date(2026, 11, 18, 12).toLocaleDateString(undefined, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
    );
    expect(formatDay('not a day')).toBe('not a day');
  });

  it('says where the media day stands', () => {
    expect(mediaSentence(PLAN)).toMatch(/in 8 days\.$/);
    expect(mediaSentence({ ...PLAN, daysToMedia: 1 })).toMatch(/in 1 day\.$/);
    expect(mediaSentence({ ...PLAN, mediaStatus: 'today', daysToMedia: 0 })).toMatch(/is today/);
    expect(mediaSentence({ ...PLAN, mediaStatus: 'passed', daysToMedia: null })).toMatch(/has passed/);
    expect(mediaSentence({ ...PLAN, mediaStatus: 'none', mediaDate: '', daysToMedia: null })).toMatch(
      /no media date yet/,
    );
  });

  it('sums up Home’s reminder in one line', () => {
    expect(reminderParts(PLAN)).toEqual([
      '1 question to rehearse today',
      'media day in 8 days',
      'hostile questions: 2 of 5 ready',
    ]);
    expect(reminderParts({ ...PLAN, days: [{ date: '2026-12-10', items: [] }], mediaStatus: 'none' })[0]).toBe(
      'Nothing planned today',
    );
  });

  it('lists what is missing before “ready”', () => {
    const readiness: Readiness = {
      categories: [
        { category: 'work', total: 4, once: 0, twice: 0 },
        { category: 'hostile', total: 5, once: 5, twice: 3 },
        { category: 'policy', total: 2, once: 1, twice: 0 },
      ],
      ready: false,
    };
    expect(readinessGaps(readiness)).toEqual(['a question from “Your work”', '2 hostile questions to rehearse twice']);
    expect(readinessGaps({ categories: [{ category: 'hostile', total: 1, once: 1, twice: 1 }], ready: true })).toEqual(
      [],
    );
  });
});
