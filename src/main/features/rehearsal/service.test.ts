import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, tempServices, testCohort } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';

let services: Services;
let close: () => void;
let ambassadorId: string;
let clock: ReturnType<typeof manualClock>;

const rating = (grade: 'again' | 'hard' | 'good' | 'easy') => ({
  bridged: true,
  usedStory: true,
  withinTime: true,
  confidence: 3,
  grade,
});
const metrics = {
  durationSeconds: 20,
  speakingSeconds: 16,
  speakingShare: 0.8,
  pauseCount: 2,
  longestPauseSeconds: 1.1,
  syllableCount: 70,
  wordsPerMinute: 150,
  articulationRate: 4.3,
  loudnessSpreadDb: 5,
};

beforeEach(async () => {
  clock = manualClock('2026-11-27T09:00:00.000Z');
  ({ services, close } = await tempServices(clock));
  const cohort = testCohort(services, { name: 'Residential', mediaDate: '2026-12-18' });
  ambassadorId = services.ambassadors.create({ fullName: 'Wei Zhang', cohortId: cohort.id }).id;
});
afterEach(() => close());

describe('rehearsal sessions', () => {
  it('runs a session: takes with recordings and metrics, ratings, notes, finish', () => {
    const session = services.rehearsal.start({
      ambassadorId,
      interviewType: 'tv-soundbite',
      mode: 'random',
      count: 3,
      categories: ['hostile'],
    });
    expect(session.questionIds).toHaveLength(3);
    const audio = new Uint8Array([26, 69, 223, 163, 9, 9, 9]);
    const take = services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 14_000,
      recording: { mime: 'audio/webm', bytes: audio },
      metrics,
      notes: '',
    });
    expect(take).toMatchObject({ targetSeconds: 15, hasRecording: true, recordingMime: 'audio/webm', metrics });
    expect(services.rehearsal.recording(take.id)).toEqual({ mime: 'audio/webm', bytes: audio });
    services.rehearsal.rateTake(take.id, rating('good'));
    services.rehearsal.noteTake(take.id, 'Bridge earlier');
    const finished = services.rehearsal.finish(session.id);
    expect(finished.finishedAt).not.toBeNull();
    expect(finished.takes[0]).toMatchObject({ notes: 'Bridge earlier', rating: rating('good') });
  });

  it('puts rated questions on the due list and counts them when due', () => {
    const session = services.rehearsal.start({
      ambassadorId,
      interviewType: 'live-radio',
      mode: 'random',
      count: 2,
      categories: [],
    });
    const [first, second] = session.questionIds;
    for (const [position, questionId] of [first!, second!].entries()) {
      const take = services.rehearsal.saveTake({
        sessionId: session.id,
        questionId,
        position,
        durationMs: 1000,
        notes: '',
      });
      services.rehearsal.rateTake(take.id, rating(position === 0 ? 'again' : 'easy'));
    }
    expect(services.rehearsal.dueCount(ambassadorId)).toBe(0);
    clock.advance(15 * 60 * 1000);
    expect(services.rehearsal.dueCount(ambassadorId)).toBe(1);
    const next = services.rehearsal.start({
      ambassadorId,
      interviewType: 'live-radio',
      mode: 'due',
      count: 1,
      categories: [],
    });
    expect(next.questionIds).toEqual([first]);
  });

  it('refuses a take for a question outside the session, and an over-long take', () => {
    const session = services.rehearsal.start({
      ambassadorId,
      interviewType: 'live-radio',
      mode: 'random',
      count: 1,
      categories: [],
    });
    expect(() =>
      services.rehearsal.saveTake({
        sessionId: session.id,
        questionId: crypto.randomUUID(),
        position: 0,
        durationMs: 1,
        notes: '',
      }),
    ).toThrow(/not part of this session/);
    expect(() =>
      services.rehearsal.saveTake({
        sessionId: session.id,
        questionId: session.questionIds[0]!,
        position: 0,
        durationMs: 400_000,
        notes: '',
      }),
    ).toThrow(/at most 5 minutes/);
  });

  it('deletes a take and a whole session with their recordings', () => {
    const session = services.rehearsal.start({
      ambassadorId,
      interviewType: 'live-radio',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const take = services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 1000,
      recording: { mime: 'audio/webm', bytes: new Uint8Array([1, 2, 3]) },
      notes: '',
    });
    services.rehearsal.deleteTake(take.id, 'Test');
    expect(() => services.rehearsal.recording(take.id)).toThrow(/does not exist/);
    services.rehearsal.deleteSession(session.id, 'Test');
    expect(services.rehearsal.list(ambassadorId)).toEqual([]);
  });

  it('explains when no question matches the choices', () => {
    expect(() =>
      services.rehearsal.start({ ambassadorId, interviewType: 'live-radio', mode: 'set', count: 3, categories: [] }),
    ).toThrow(/set is not available/);
  });
});
