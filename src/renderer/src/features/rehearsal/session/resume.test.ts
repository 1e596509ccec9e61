import { describe, expect, it } from 'vitest';
import type { RehearsalSession, SelfRating, Take } from '../../../../../shared/features/rehearsal/schemas';
import { resumePoint, unfinishedSession } from './resume';

const rated: SelfRating = { bridged: true, usedStory: false, withinTime: true, confidence: 4, grade: 'good' };

function take(position: number, createdAt: string, rating: SelfRating | null = null): Take {
  return {
    id: `take-${position}-${createdAt}`,
    sessionId: 's1',
    questionId: `q${position}`,
    position,
    targetSeconds: 30,
    durationMs: 12_000,
    hasRecording: true,
    recordingMime: 'audio/webm',
    metrics: null,
    rating,
    notes: '',
    createdAt,
    updatedAt: createdAt,
  };
}

function session(takes: Take[], overrides: Partial<RehearsalSession> = {}): RehearsalSession {
  return {
    id: 's1',
    ambassadorId: 'a1',
    interviewType: 'live-radio',
    mode: 'random',
    questionIds: ['q0', 'q1', 'q2', 'q3', 'q4', 'q5'],
    finishedAt: null,
    takes,
    createdAt: '2026-12-03T09:00:00.000Z',
    updatedAt: '2026-12-03T09:00:00.000Z',
    ...overrides,
  };
}

describe('resumePoint', () => {
  it('starts at the first question when nothing was answered', () => {
    expect(resumePoint(session([]))).toEqual({ index: 0, take: null });
  });

  it('goes on to the next question after a rated answer', () => {
    const takes = [take(0, '09:01', rated), take(1, '09:02', rated)];
    expect(resumePoint(session(takes))).toEqual({ index: 2, take: null });
  });

  it('shows an unrated answer again for review, the newest try at it', () => {
    const first = take(2, '09:03');
    const retry = take(2, '09:04');
    const point = resumePoint(session([take(0, '09:01', rated), first, retry]));
    expect(point).toEqual({ index: 2, take: retry });
  });

  it('keeps the rated last answer on screen, so the person can finish and see the report', () => {
    const last = take(5, '09:09', rated);
    expect(resumePoint(session([take(4, '09:08', rated), last]))).toEqual({ index: 5, take: last });
  });
});

describe('unfinishedSession', () => {
  it('offers the newest unfinished session only', () => {
    const older = session([], { id: 'old', createdAt: '2026-12-01T09:00:00.000Z' });
    const newer = session([], { id: 'new', createdAt: '2026-12-02T09:00:00.000Z' });
    const done = session([], { id: 'done', createdAt: '2026-12-03T09:00:00.000Z', finishedAt: '2026-12-03T09:10:00Z' });
    expect(unfinishedSession([done, older, newer])?.id).toBe('new');
    expect(unfinishedSession([done])).toBeNull();
  });
});
