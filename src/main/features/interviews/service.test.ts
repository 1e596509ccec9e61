import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/result';
import type { Services } from '../../backend/services';
import { debriefFields, interviewFields, seedInterview } from '../../test-support/interviews';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import { createInterviewService } from './service';

let services: Services;
let close: () => void;
let ambassadorId: string;
let clock: ReturnType<typeof manualClock>;

// The manual clock's day is 2026-10-01.
beforeEach(async () => {
  clock = manualClock();
  ({ services, close } = await tempServices(clock));
  const cohort = testCohort(services, { name: 'Autumn' });
  ambassadorId = services.ambassadors.create({ fullName: 'Amira Haddad', cohortId: cohort.id }).id;
});
afterEach(() => close());

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected a refusal');
}

describe('interview requests', () => {
  it('stores the checklist as given, topics off limits trimmed and listed once', () => {
    const created = seedInterview(services, ambassadorId, {
      outlet: '  Harbour FM ',
      offLimits: [' my family ', 'My family', '', 'my status'],
      interviewDate: '2026-10-08',
      runsOn: '2026-10-09',
    });
    expect(created).toMatchObject({
      ambassadorId,
      outlet: 'Harbour FM',
      offLimits: ['my family', 'my status'],
      interviewDate: '2026-10-08',
      debrief: null,
    });
    expect(services.interviews.get(created.id)).toEqual(created);
    const updated = services.interviews.update(created.id, interviewFields({ outlet: 'City Paper', photo: 'no' }));
    expect(updated).toMatchObject({ outlet: 'City Paper', photo: 'no', offLimits: [] });
  });

  it('refuses dates that cannot both be true and a person who is not there', () => {
    const bad = refusal(() =>
      seedInterview(services, ambassadorId, { interviewDate: '2026-10-08', runsOn: '2026-10-07' }),
    );
    expect(bad.code).toBe('VALIDATION');
    expect(refusal(() => seedInterview(services, crypto.randomUUID())).code).toBe('NOT_FOUND');
    expect(refusal(() => services.interviews.get(crypto.randomUUID())).code).toBe('NOT_FOUND');
  });

  it('lists the soonest interview first, then undated requests, then past ones', () => {
    const later = seedInterview(services, ambassadorId, { outlet: 'Later', interviewDate: '2026-11-20' });
    const past = seedInterview(services, ambassadorId, { outlet: 'Past', interviewDate: '2026-09-01' });
    const undated = seedInterview(services, ambassadorId, { outlet: 'Undated' });
    const today = seedInterview(services, ambassadorId, { outlet: 'Today', interviewDate: '2026-10-01' });
    const older = seedInterview(services, ambassadorId, { outlet: 'Older', interviewDate: '2026-05-01' });
    expect(services.interviews.list(ambassadorId).map((r) => r.id)).toEqual([
      today.id,
      later.id,
      undated.id,
      past.id,
      older.id,
    ]);
  });

  it('files a debrief only once the interview day has come', () => {
    const coming = seedInterview(services, ambassadorId, { interviewDate: '2026-10-02' });
    expect(refusal(() => services.interviews.saveDebrief(coming.id, debriefFields(), false)).code).toBe('CONFLICT');
    const done = seedInterview(services, ambassadorId, { interviewDate: '2026-10-01' });
    const filed = services.interviews.saveDebrief(done.id, debriefFields({ wasHard: 'The last question' }), false);
    expect(filed.debrief).toMatchObject({ wasHard: 'The last question', withheld: false, filedAt: expect.any(String) });
  });

  it('counts the interview day on the laptop’s calendar, not UTC’s: 23:30 UTC is the next day in Tokyo, still the same in New York', () => {
    clock.advance(14.5 * 60 * 60 * 1000); // 2026-10-01T23:30Z
    const tomorrowInUtc = seedInterview(services, ambassadorId, { interviewDate: '2026-10-02' });
    const inTokyo = createInterviewService(services.ctx, {
      questions: services.questions,
      rehearsal: services.rehearsal,
      timeZone: 'Asia/Tokyo',
    });
    const inNewYork = createInterviewService(services.ctx, {
      questions: services.questions,
      rehearsal: services.rehearsal,
      timeZone: 'America/New_York',
    });
    expect(refusal(() => inNewYork.saveDebrief(tomorrowInUtc.id, debriefFields(), false)).code).toBe('CONFLICT');
    expect(inTokyo.saveDebrief(tomorrowInUtc.id, debriefFields(), false).debrief).toMatchObject({ withheld: false });
  });

  it('lets a trainer file a first debrief with the ambassador but never overwrite a private one', () => {
    const done = seedInterview(services, ambassadorId, { interviewDate: '2026-09-30' });
    services.interviews.saveDebrief(done.id, debriefFields({ wentWell: 'Mine' }), false);
    expect(refusal(() => services.interviews.saveDebrief(done.id, debriefFields(), true)).code).toBe('CONFLICT');
    expect(services.interviews.get(done.id).debrief?.wentWell).toBe('Mine');
    services.interviews.saveDebrief(done.id, debriefFields({ wentWell: 'Mine', shareWithTrainer: true }), false);
    expect(services.interviews.saveDebrief(done.id, debriefFields({ wentWell: 'Ours' }), true).debrief?.wentWell).toBe(
      'Ours',
    );
  });

  it('moves a request and its debrief to the Trash, and puts both back', () => {
    const done = seedInterview(services, ambassadorId, { interviewDate: '2026-09-30', angle: 'Night shifts' });
    services.interviews.saveDebrief(done.id, debriefFields({ wasHard: 'Nerves', wantsFollowUp: true }), false);
    const trashId = services.interviews.remove(done.id, 'Amira');
    expect(services.interviews.list(ambassadorId)).toEqual([]);
    expect(refusal(() => services.interviews.get(done.id)).code).toBe('NOT_FOUND');
    // No words of a deleted request or its debrief stay in their tables: the Trash holds the only copy.
    const db = services.ctx.db;
    expect(db.prepare('SELECT angle, outlet FROM interview_request WHERE id = ?').get(done.id)).toEqual({
      angle: '',
      outlet: '',
    });
    expect(db.prepare('SELECT count(*) AS n FROM interview_debrief').get()).toEqual({ n: 0 });
    expect(services.trash.list(ambassadorId)).toMatchObject([{ kind: 'interview', label: 'Harbour FM, Dana Reed' }]);
    services.trash.restore(trashId);
    const back = services.interviews.get(done.id);
    expect(back).toMatchObject({ angle: 'Night shifts', debrief: { wasHard: 'Nerves', wantsFollowUp: true } });
  });

  it('starts a rehearsal of exactly the chosen questions, in order, as the request’s interview type', () => {
    const request = seedInterview(services, ambassadorId, { format: 'tv-soundbite', broadcast: 'live' });
    const chosen = services.interviews.suggest(request.id, 6).map((s) => s.questionId);
    const picked = [chosen[2]!, chosen[0]!, chosen[1]!];
    const session = services.interviews.rehearse(request.id, picked);
    expect(session).toMatchObject({ ambassadorId, interviewType: 'tv-soundbite', questionIds: picked });
    expect(refusal(() => services.interviews.rehearse(request.id, [crypto.randomUUID()])).code).toBe('NOT_FOUND');
  });

  it('lists who asked for a follow-up in a cohort, newest first, by public name only', () => {
    const cohortId = services.ambassadors.get(ambassadorId).cohortId!;
    const other = services.ambassadors.create({ fullName: 'Wei Zhang', nameMode: 'first', cohortId }).id;
    const elsewhere = services.ambassadors.create({ fullName: 'Olena K', cohortId: testCohort(services).id }).id;
    const first = seedInterview(services, ambassadorId, { interviewDate: '2026-09-20' });
    const quiet = seedInterview(services, other, { interviewDate: '2026-09-21' });
    const second = seedInterview(services, other, { interviewDate: '2026-09-22' });
    const away = seedInterview(services, elsewhere, { interviewDate: '2026-09-22' });
    services.interviews.saveDebrief(first.id, debriefFields({ wantsFollowUp: true, wasHard: 'Secret' }), false);
    services.interviews.saveDebrief(quiet.id, debriefFields({ wantsFollowUp: false }), false);
    services.interviews.saveDebrief(away.id, debriefFields({ wantsFollowUp: true }), false);
    clock.advance(60_000);
    services.interviews.saveDebrief(second.id, debriefFields({ wantsFollowUp: true }), false);
    const list = services.interviews.followUps(cohortId);
    expect(list).toEqual([
      {
        interviewId: second.id,
        ambassadorId: other,
        publicName: 'Wei',
        interviewDate: '2026-09-22',
        filedAt: expect.any(String),
      },
      {
        interviewId: first.id,
        ambassadorId,
        publicName: 'Amira',
        interviewDate: '2026-09-20',
        filedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('Secret');
  });
});
