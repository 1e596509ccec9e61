import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanInput } from './plan';

const BASE: PlanInput = {
  now: new Date('2026-12-10T09:00:00Z'),
  timeZone: 'Europe/London',
  mediaDate: '2026-12-18',
  questions: [{ id: 'h1', text: 'Why don’t you go back?', category: 'hostile' }],
  cards: new Map(),
  takeCounts: new Map([['h1', 2]]),
  interviews: [],
};

describe('buildPlan', () => {
  it('names the soonest real interview before the media date', () => {
    const plan = buildPlan({
      ...BASE,
      interviews: [
        { date: '2026-12-16', outlet: 'Radio North', format: 'phone' },
        { date: '2026-12-13', outlet: 'The Courier', format: 'phone' },
        { date: '2026-12-09', outlet: 'Yesterday FM', format: 'phone' },
        { date: '2026-12-18', outlet: 'Media day TV', format: 'phone' },
        { date: '', outlet: 'Undated', format: 'phone' },
      ],
    });
    expect(plan.interview).toEqual({ date: '2026-12-13', outlet: 'The Courier', format: 'phone' });
  });

  it('names an interview within the two weeks when there is no media date, and one today', () => {
    expect(
      buildPlan({ ...BASE, mediaDate: '', interviews: [{ date: '2026-12-23', outlet: 'Late', format: 'phone' }] })
        .interview,
    ).toEqual({ date: '2026-12-23', outlet: 'Late', format: 'phone' });
    expect(
      buildPlan({ ...BASE, mediaDate: '', interviews: [{ date: '2026-12-24', outlet: 'Too late', format: 'phone' }] })
        .interview,
    ).toBeNull();
    expect(
      buildPlan({ ...BASE, interviews: [{ date: '2026-12-10', outlet: 'Today', format: 'phone' }] }).interview?.outlet,
    ).toBe('Today');
  });

  it('carries the daily limit, the media date and readiness', () => {
    const plan = buildPlan(BASE);
    expect(plan.mediaDate).toBe('2026-12-18');
    expect(plan.dailyLimit).toBeGreaterThan(0);
    expect(plan.readiness).toEqual({ categories: [{ category: 'hostile', total: 1, once: 1, twice: 1 }], ready: true });
  });
});
