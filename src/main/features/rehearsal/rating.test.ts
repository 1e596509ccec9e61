import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import type { SelfRating } from '../../../shared/features/rehearsal/schemas';
import type { Services } from '../../backend/services';

let services: Services;
let close: () => void;
let ambassadorId: string;
let clock: ReturnType<typeof manualClock>;
let dir: string;

/** The stored review card, read straight from the file: what the next "due" choice will use. */
function storedCard(questionId: string): string | undefined {
  const db = new Database(join(dir, 'test.sqlite'), { readonly: true });
  try {
    return db
      .prepare<[string, string], { card: string }>(
        'SELECT card FROM review_card WHERE ambassador_id = ? AND question_id = ?',
      )
      .get(ambassadorId, questionId)?.card;
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  clock = manualClock('2026-11-27T09:00:00.000Z');
  ({ services, close, dir } = await tempServices(clock));
  const cohort = testCohort(services, { name: 'Residential', mediaDate: '2026-12-18' });
  ambassadorId = services.ambassadors.create({ fullName: 'Wei Zhang', cohortId: cohort.id }).id;
});
afterEach(() => close());

function oneTake() {
  const session = services.rehearsal.start({
    ambassadorId,
    interviewType: 'live-radio',
    mode: 'random',
    count: 1,
    categories: [],
  });
  const questionId = session.questionIds[0]!;
  const take = services.rehearsal.saveTake({
    sessionId: session.id,
    questionId,
    position: 0,
    durationMs: 9000,
    notes: '',
  });
  return { take, questionId };
}

const base: SelfRating = { bridged: true, usedStory: false, withinTime: true, confidence: 3, grade: 'good' };

describe('changing a rating after grading', () => {
  it('stores the last confidence chosen and does not schedule the question again for the same grade', () => {
    const { take, questionId } = oneTake();
    services.rehearsal.rateTake(take.id, base);
    const dueAfterGrading = storedCard(questionId);
    for (const confidence of [5, 2, 4, 1]) {
      clock.advance(700);
      services.rehearsal.rateTake(take.id, { ...base, confidence });
    }
    expect(services.rehearsal.get(take.sessionId).takes[0]?.rating).toEqual({ ...base, confidence: 1 });
    // One practice is one review: re-saving the same grade must not count as a second repetition.
    expect(storedCard(questionId)).toEqual(dueAfterGrading);
  });

  it('schedules again when the grade itself changes', () => {
    const { take, questionId } = oneTake();
    services.rehearsal.rateTake(take.id, base);
    const before = storedCard(questionId);
    services.rehearsal.rateTake(take.id, { ...base, grade: 'again' });
    expect(storedCard(questionId)).not.toEqual(before);
    expect(services.rehearsal.get(take.sessionId).takes[0]?.rating?.grade).toBe('again');
  });
});
