import bankJson from '../../../../resources/question-bank.json';
import { questionFileSchema, type Question } from '../../../shared/features/question-bank/schemas';

/** The built-in questions, validated once at start-up: a broken resource file fails loudly in tests. */
export const BUILT_IN_FILE = questionFileSchema.parse(bankJson);

export const BUILT_IN_QUESTIONS: readonly Question[] = BUILT_IN_FILE.questions.map((q) => ({
  ...q,
  source: 'built-in',
  cohortId: null,
  retired: false,
}));

export const BUILT_IN_IDS = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));
