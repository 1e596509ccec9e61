import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grade } from '../../../shared/features/rehearsal/schemas';
import { DAILY_LIMIT } from '../../../shared/features/plan/schedule';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { FIXTURE_INTERVIEW } from '../../backend/fixtures.test-support';
import { createPlanService } from './service';

const DAY = 24 * 60 * 60 * 1000;
let services: Services;
let close: () => void;
let clock: ReturnType<typeof manualClock>;
let cohortId: string;
let ambassadorId: string;

beforeEach(async () => {
  clock = manualClock('2026-12-10T09:00:00.000Z');
  ({ services, close } = await tempServices(clock));
  cohortId = testCohort(services, { mediaDate: '2026-12-18' }).id;
  ambassadorId = services.ambassadors.create({ fullName: 'Wei Zhang', cohortId }).id;
});
afterEach(() => close());

/** One answer to each question, rated `grade` when given: a trainer's set run through the real rehearsal service. */
function practise(questionIds: string[], grade?: Grade): string[] {
  const set = services.questions.saveSet({ cohortId, name: 'Today', questionIds });
  const session = services.rehearsal.start({
    ambassadorId,
    interviewType: 'phone',
    mode: 'set',
    setId: set.id,
    count: questionIds.length,
    categories: [],
  });
  const ids = session.questionIds.map((questionId, position) => {
    const take = services.rehearsal.saveTake({
      sessionId: session.id,
      questionId,
      position,
      durationMs: 20_000,
      notes: '',
    });
    if (grade)
      services.rehearsal.rateTake(take.id, { bridged: true, usedStory: true, withinTime: true, confidence: 3, grade });
    return take.id;
  });
  services.rehearsal.finish(session.id);
  return ids;
}

const hostileIds = () =>
  services.questions
    .active(cohortId)
    .filter((q) => q.category === 'hostile')
    .map((q) => q.id);

describe('plan:get', () => {
  it('plans the days to the media date over the questions a due session picks from', () => {
    const plan = services.plan.get(ambassadorId);
    const active = services.questions.active(cohortId);
    expect(plan.today).toBe('2026-12-10');
    expect(plan.mediaStatus).toBe('upcoming');
    expect(plan.daysToMedia).toBe(8);
    expect(plan.days).toHaveLength(8);
    expect(plan.newCount).toBe(active.length);
    expect(plan.days[0]!.items[0]!.category).toBe('hostile');
    expect(plan.days.every((d) => d.items.length <= DAILY_LIMIT)).toBe(true);
    expect(plan.readiness.ready).toBe(false);
    expect(plan.readiness.categories.reduce((sum, c) => sum + c.total, 0)).toBe(active.length);
  });

  it('leaves out retired questions and includes the cohort’s own', () => {
    const before = services.plan.get(ambassadorId);
    const [retired] = hostileIds();
    services.questions.setRetired(cohortId, retired!, true);
    services.questions.add(cohortId, {
      category: 'work',
      difficulty: 1,
      text: 'What do you do at the clinic?',
      bridgeHint: '',
    });
    const after = services.plan.get(ambassadorId);
    const total = (plan: typeof before, category: string) =>
      plan.readiness.categories.find((c) => c.category === category)!.total;
    expect(after.days.flatMap((d) => d.items.map((i) => i.questionId))).not.toContain(retired);
    expect([total(after, 'hostile'), total(after, 'work')]).toEqual([
      total(before, 'hostile') - 1,
      total(before, 'work') + 1,
    ]);
    expect(after.newCount).toBe(before.newCount);
  });

  it('follows the FSRS cards: a question rated again comes back, counted as rehearsed', () => {
    const [first] = hostileIds();
    practise([first!], 'again');
    clock.advance(DAY);
    const plan = services.plan.get(ambassadorId);
    expect(plan.days[0]!.items.find((i) => i.questionId === first)?.kind).toBe('overdue');
    expect(plan.newCount).toBe(services.questions.active(cohortId).length - 1);
    expect(plan.readiness.categories.find((c) => c.category === 'hostile')).toMatchObject({ once: 1, twice: 0 });
  });

  it('counts takes towards readiness, not deleted ones, and is ready by the rule', () => {
    const hostile = hostileIds();
    const otherCategories = services.questions
      .active(cohortId)
      .filter((q, i, all) => q.category !== 'hostile' && all.findIndex((o) => o.category === q.category) === i)
      .map((q) => q.id);
    practise([...hostile, ...otherCategories], 'good');
    const [spare] = practise(hostile);
    expect(services.plan.get(ambassadorId).readiness.ready).toBe(true);
    services.rehearsal.deleteTake(spare!, 'Wei Zhang');
    const hostileNow = services.plan.get(ambassadorId).readiness.categories.find((c) => c.category === 'hostile')!;
    expect(hostileNow).toEqual({
      category: 'hostile',
      total: hostile.length,
      once: hostile.length,
      twice: hostile.length - 1,
    });
    expect(services.plan.get(ambassadorId).readiness.ready).toBe(false);
  });

  it('names an upcoming interview request that comes before the media date', () => {
    services.interviews.create(ambassadorId, {
      ...FIXTURE_INTERVIEW,
      offLimits: [],
      interviewDate: '2026-12-14',
      runsOn: '',
    });
    services.interviews.create(ambassadorId, {
      ...FIXTURE_INTERVIEW,
      offLimits: [],
      outlet: 'Later TV',
      interviewDate: '2026-12-20',
      runsOn: '',
    });
    expect(services.plan.get(ambassadorId).interview).toEqual({
      date: '2026-12-14',
      outlet: 'Harbour FM',
      format: 'live-radio',
    });
  });

  it('looks two weeks ahead for an ambassador with no cohort', () => {
    const loner = services.ambassadors.create({ fullName: 'Olena Kovalenko', cohortId: null }).id;
    const plan = services.plan.get(loner);
    expect(plan.mediaStatus).toBe('none');
    expect(plan.days).toHaveLength(14);
  });

  it('counts days in the laptop’s time zone', () => {
    clock.advance(14 * 60 * 60 * 1000); // 23:00 UTC: midnight in Berlin
    const berlin = createPlanService(services.ctx, { ...services, timeZone: 'Europe/Berlin' });
    const london = createPlanService(services.ctx, { ...services, timeZone: 'Europe/London' });
    expect([berlin.get(ambassadorId).today, berlin.get(ambassadorId).daysToMedia]).toEqual(['2026-12-11', 7]);
    expect([london.get(ambassadorId).today, london.get(ambassadorId).daysToMedia]).toEqual(['2026-12-10', 8]);
  });

  it('refuses an ambassador who does not exist', () => {
    expect(() => services.plan.get(crypto.randomUUID())).toThrow(/does not exist/);
  });
});

describe('plan:rehearseToday', () => {
  it('starts a due session of exactly today’s planned questions, in the plan’s order', () => {
    const today = services.plan.get(ambassadorId).days[0]!.items.map((i) => i.questionId);
    const session = services.plan.rehearseToday(ambassadorId, 'tv-soundbite');
    expect(session).toMatchObject({ ambassadorId, interviewType: 'tv-soundbite', mode: 'due', questionIds: today });
    expect(services.rehearsal.list(ambassadorId).map((s) => s.id)).toContain(session.id);
  });

  it('says so when nothing is planned for today', () => {
    const loner = services.ambassadors.create({ fullName: 'Olena Kovalenko', cohortId }).id;
    for (const q of services.questions.active(cohortId)) services.questions.setRetired(cohortId, q.id, true);
    expect(() => services.plan.rehearseToday(loner, 'phone')).toThrow(/Nothing is planned for today/);
  });
});
