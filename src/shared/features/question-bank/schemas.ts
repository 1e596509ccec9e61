import { z } from 'zod';
import { idSchema, isWellFormedText, text } from '../../fields';

export const QUESTION_CATEGORIES = [
  'warmup',
  'work',
  'policy',
  'hostile',
  'curveball',
  'quickfire',
  'declined',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
export const CATEGORY_LABELS: Readonly<Record<QuestionCategory, string>> = {
  warmup: 'Warm-up and personal story',
  work: 'Your work',
  policy: 'Migration and policy',
  hostile: 'Hostile',
  curveball: 'Curveball',
  quickfire: 'Quickfire (live)',
  declined: 'Practise saying no',
};

export const QUESTION_TEXT_LIMIT = 500;
export const MAX_FILE_QUESTIONS = 2000;

export const questionContentSchema = z.strictObject({
  category: z.enum(QUESTION_CATEGORIES),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: text(QUESTION_TEXT_LIMIT, 'Question').refine((v) => v.trim() !== '', { message: 'Question is required' }),
  bridgeHint: text(QUESTION_TEXT_LIMIT, 'Bridge hint'),
});
export type QuestionContent = z.infer<typeof questionContentSchema>;

export const fileQuestionSchema = questionContentSchema.extend({ id: idSchema });

/**
 * A question file: the built-in bank and trainers' exports share this format. The format name keeps its
 * original wording so files exported by earlier versions still import.
 */
export const questionFileSchema = z.strictObject({
  format: z.literal('ambassador-studio/question-pack'),
  version: z.literal(1),
  name: text(200, 'Pack name'),
  updated: z.string().max(40).optional(),
  questions: z
    .array(fileQuestionSchema)
    .min(1, { message: 'The pack has no questions' })
    .max(MAX_FILE_QUESTIONS, { message: `A pack holds at most ${MAX_FILE_QUESTIONS} questions` }),
});
export type QuestionFile = z.infer<typeof questionFileSchema>;

export interface Question extends QuestionContent {
  id: string;
  source: 'built-in' | 'custom';
  cohortId: string | null;
  retired: boolean;
}

export interface QuestionSet {
  id: string;
  cohortId: string;
  name: string;
  questionIds: string[];
  updatedAt: string;
}

export interface QuestionImportReport {
  added: number;
  updated: number;
  unchanged: number;
}

/** Largest question file accepted; a real file of 2,000 questions is well under 2 MB. */
export const MAX_QUESTION_FILE_CHARS = 4 * 1024 * 1024;

export const questionFileTextSchema = z
  .string()
  .max(MAX_QUESTION_FILE_CHARS, { message: 'That file is too large to be a question pack (over 4 MB)' })
  .refine(isWellFormedText, { message: 'That file is not valid text' });
