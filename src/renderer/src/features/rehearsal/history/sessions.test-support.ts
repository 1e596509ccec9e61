/** Takes and sessions for the history tests: only the fields the charts read matter, the rest are plausible. */
import type { RehearsalSession, Take } from '../../../../../shared/features/rehearsal/schemas';

export function take(createdAt: string, overrides: Partial<Take> = {}): Take {
  return {
    id: createdAt,
    sessionId: 's',
    questionId: 'q',
    position: 0,
    targetSeconds: 30,
    durationMs: 25_000,
    hasRecording: false,
    recordingMime: null,
    metrics: null,
    rating: null,
    notes: '',
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

export function session(takes: Take[]): RehearsalSession {
  return {
    id: 's',
    ambassadorId: 'a',
    interviewType: 'live-radio',
    mode: 'due',
    questionIds: ['q'],
    finishedAt: null,
    takes,
    createdAt: takes[0]!.createdAt,
    updatedAt: takes[0]!.createdAt,
  };
}

export const rating = (confidence: number) => ({
  bridged: true,
  usedStory: true,
  withinTime: true,
  confidence,
  grade: 'good' as const,
});
