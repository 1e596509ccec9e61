import type { Question, QuestionSet } from '../../../../shared/features/question-bank/schemas';
import { useChannelQuery, type ChannelQuery } from '../../api/channel-query';

/** Built-in questions plus the cohort's own (retired ones are marked, not hidden). */
export function useQuestions(cohortId: string | null, enabled = true): ChannelQuery<Question[]> {
  return useChannelQuery('question:list', enabled ? { cohortId } : null);
}

export function useQuestionSets(cohortId: string | null): ChannelQuery<QuestionSet[]> {
  return useChannelQuery('questionSet:list', cohortId ? { cohortId } : null);
}
