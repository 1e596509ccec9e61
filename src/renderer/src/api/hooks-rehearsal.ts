/** Cached reads for interview rehearsal: questions, trainer sets, sessions, the due count and the cue card. */
import type { QuestionSet } from '../../../shared/contract';
import type { MessageHouse } from '../../../shared/features/key-messages/schemas';
import type { Question, RehearsalSession } from '../../../shared/features/rehearsal/schemas';
import { useQuery, type Query } from './hooks';

export const REHEARSAL_KEYS = {
  questions: (cohortId: string | null) => `questions:${cohortId ?? 'built-in'}`,
  questionSets: (cohortId: string) => `question-sets:${cohortId}`,
  sessions: (ambassadorId: string) => `rehearsal:sessions:${ambassadorId}`,
  session: (id: string) => `rehearsal:session:${id}`,
  due: (ambassadorId: string) => `rehearsal:due:${ambassadorId}`,
  cueCard: (ambassadorId: string) => `rehearsal:cue-card:${ambassadorId}`,
} as const;

/** Prefixes to pass to invalidate() after a take, a rating or a deletion. */
export const REHEARSAL_DATA = ['rehearsal:'];
/** ...and after a trainer changes the questions or sets. */
export const QUESTION_DATA = ['questions:', 'question-sets:'];

/** Built-in questions plus the cohort's own (retired ones are marked, not hidden). */
export function useQuestions(cohortId: string | null, enabled = true): Query<Question[]> {
  return useQuery(enabled ? REHEARSAL_KEYS.questions(cohortId) : null, (api) => api['question:list']({ cohortId }));
}

export function useQuestionSets(cohortId: string | null): Query<QuestionSet[]> {
  return useQuery(cohortId ? REHEARSAL_KEYS.questionSets(cohortId) : null, (api) =>
    api['questionSet:list']({ cohortId: cohortId ?? '' }),
  );
}

export function useRehearsalSessions(ambassadorId: string | null): Query<RehearsalSession[]> {
  return useQuery(ambassadorId ? REHEARSAL_KEYS.sessions(ambassadorId) : null, (api) =>
    api['rehearsal:list']({ ambassadorId: ambassadorId ?? '' }),
  );
}

export function useRehearsalSession(id: string | null): Query<RehearsalSession> {
  return useQuery(id ? REHEARSAL_KEYS.session(id) : null, (api) => api['rehearsal:get']({ id: id ?? '' }));
}

/** Questions whose next rehearsal is due now (spaced repetition), for Home. */
export function useDueCount(ambassadorId: string | null): Query<number> {
  return useQuery(ambassadorId ? REHEARSAL_KEYS.due(ambassadorId) : null, (api) =>
    api['rehearsal:dueCount']({ ambassadorId: ambassadorId ?? '' }),
  );
}

/** The ambassador's message houses, for the cue card (the primary one is shown). */
export function useCueCardHouses(ambassadorId: string | null): Query<MessageHouse[]> {
  return useQuery(ambassadorId ? REHEARSAL_KEYS.cueCard(ambassadorId) : null, (api) =>
    api['house:list']({ ambassadorId: ambassadorId ?? '' }),
  );
}
