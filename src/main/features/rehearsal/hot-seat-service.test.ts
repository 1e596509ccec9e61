import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { testCohort } from '../../test-support/temp-backend';
import type { DirectApi } from '../../test-support/direct-client';
import type { Take } from '../../../shared/features/rehearsal/schemas';

let studio: TestStudio;
let trainer: DirectApi;
let amira: DirectApi;
let amiraId: string;
let weiId: string;
let questionIds: string[];

beforeEach(async () => {
  studio = await createTestStudio();
  const cohort = testCohort(studio.services, { name: 'Residential' });
  amiraId = studio.services.ambassadors.create({ fullName: 'Amira Haddad', cohortId: cohort.id }).id;
  weiId = studio.services.ambassadors.create({ fullName: 'Wei Zhang', cohortId: cohort.id }).id;
  questionIds = studio.services.questions
    .active(cohort.id)
    .slice(0, 3)
    .map((q) => q.id);
  trainer = studio.window();
  expect(await trainer['access:addTrainer']({ name: 'Sam Okafor', secret: '246810' })).toMatchObject({ ok: true });
  amira = studio.window();
  expect(await amira['access:enter']({ ambassadorId: amiraId })).toMatchObject({ ok: true });
});
afterEach(() => studio.close());

const deckOf = (ids: string[]) => ids.map((questionId, i) => ({ questionId, seconds: 20 + i * 10 }));

async function startFor(ambassadorId: string) {
  const started = await trainer['hotSeat:start']({
    ambassadorId,
    interviewType: 'live-radio',
    deck: deckOf(questionIds),
  });
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

describe('hot seat', () => {
  it('records three answers for the ambassador, rated by the trainer, which the ambassador reads', async () => {
    const session = await startFor(amiraId);
    expect(session).toMatchObject({ ambassadorId: amiraId, kind: 'hot-seat', runBy: 'Sam Okafor', mode: 'set' });
    const takes: Take[] = [];
    for (const [position, questionId] of questionIds.entries()) {
      const saved = await trainer['hotSeat:saveTake']({
        sessionId: session.id,
        questionId,
        position,
        targetSeconds: 20 + position * 10,
        durationMs: 12_000,
      });
      if (!saved.ok) throw new Error(saved.error.message);
      takes.push(saved.value);
    }
    const followUp = await trainer['hotSeat:saveTake']({
      sessionId: session.id,
      questionId: questionIds[2]!,
      position: 3,
      targetSeconds: 15,
      durationMs: 8000,
      followUp: '  And who pays for it?  ',
    });
    expect(followUp).toMatchObject({ ok: true, value: { followUp: 'And who pays for it?', targetSeconds: 15 } });
    expect(takes.map((t) => t.targetSeconds)).toEqual([20, 30, 40]);

    studio.clock.advance(60_000);
    const rated = await trainer['hotSeat:rateTake']({
      takeId: takes[1]!.id,
      rating: { score: 4, comment: 'Bridged well; slow the first sentence.' },
    });
    expect(rated).toMatchObject({
      ok: true,
      value: {
        trainerFeedback: { score: 4, comment: 'Bridged well; slow the first sentence.', trainerName: 'Sam Okafor' },
      },
    });
    expect(await trainer['rehearsal:finish']({ id: session.id })).toMatchObject({ ok: true });

    const history = await amira['rehearsal:list']({ ambassadorId: amiraId });
    if (!history.ok) throw new Error(history.error.message);
    const mine = history.value.find((s) => s.id === session.id)!;
    expect(mine.kind).toBe('hot-seat');
    expect(mine.takes).toHaveLength(4);
    expect(mine.takes.find((t) => t.id === takes[1]!.id)?.trainerFeedback).toMatchObject({
      score: 4,
      trainerName: 'Sam Okafor',
    });
    // The trainer's score is not the ambassador's self-rating, and does not schedule their reviews.
    expect(await amira['rehearsal:dueCount']({ ambassadorId: amiraId })).toEqual({ ok: true, value: 0 });
  });

  it('lets only a trainer start, record or rate a hot seat, for themselves or anyone else', async () => {
    const session = await startFor(amiraId);
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(
      await amira['hotSeat:start']({ ambassadorId: weiId, interviewType: 'phone', deck: deckOf(questionIds) }),
    ).toMatchObject(forbidden);
    expect(
      await amira['hotSeat:start']({ ambassadorId: amiraId, interviewType: 'phone', deck: deckOf(questionIds) }),
    ).toMatchObject(forbidden);
    const take = { sessionId: session.id, questionId: questionIds[0]!, position: 0, durationMs: 1000 };
    expect(await amira['hotSeat:saveTake']({ ...take, targetSeconds: 30 })).toMatchObject(forbidden);
    // Nor through the practice channel, though the session is hers.
    expect(await amira['rehearsal:saveTake']({ ...take, notes: '' })).toMatchObject(forbidden);
    const saved = await trainer['hotSeat:saveTake']({ ...take, targetSeconds: 30 });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(
      await amira['hotSeat:rateTake']({ takeId: saved.value.id, rating: { score: 5, comment: 'I was great' } }),
    ).toMatchObject(forbidden);
    expect(studio.services.rehearsal.get(session.id).takes).toHaveLength(1);
    expect(studio.services.rehearsal.list(weiId)).toHaveLength(0);

    // A locked trainer window is no trainer.
    expect(await trainer['access:lock']({})).toMatchObject({ ok: true });
    expect(
      await trainer['hotSeat:start']({ ambassadorId: weiId, interviewType: 'phone', deck: deckOf(questionIds) }),
    ).toMatchObject(forbidden);
  });

  it('refuses a deck with a question from elsewhere or twice, and rating a practice take', async () => {
    const stranger = { questionId: crypto.randomUUID(), seconds: 30 };
    expect(
      await trainer['hotSeat:start']({ ambassadorId: amiraId, interviewType: 'phone', deck: [stranger] }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const twice = deckOf([questionIds[0]!, questionIds[0]!]);
    expect(
      await trainer['hotSeat:start']({ ambassadorId: amiraId, interviewType: 'phone', deck: twice }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/twice/) } });

    const practice = studio.services.rehearsal.start({
      ambassadorId: amiraId,
      interviewType: 'phone',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const own = studio.services.rehearsal.saveTake({
      sessionId: practice.id,
      questionId: practice.questionIds[0]!,
      position: 0,
      durationMs: 1000,
      notes: '',
    });
    expect(await trainer['hotSeat:rateTake']({ takeId: own.id, rating: { score: 3, comment: '' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(own.trainerFeedback).toBeNull();
    expect(practice.kind).toBe('practice');
  });
});
