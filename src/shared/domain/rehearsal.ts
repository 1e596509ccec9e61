import { z } from 'zod';
import { bytesSchema } from '../binary';
import { idSchema, text, type Timestamps } from './common';

export const QUESTION_CATEGORIES = ['warmup', 'work', 'policy', 'hostile', 'curveball', 'quickfire', 'declined'] as const;
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
export const MAX_PACK_QUESTIONS = 2000;

export const questionContentSchema = z.strictObject({
  category: z.enum(QUESTION_CATEGORIES),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: text(QUESTION_TEXT_LIMIT, 'Question').refine((v) => v.trim() !== '', { message: 'Question is required' }),
  bridgeHint: text(QUESTION_TEXT_LIMIT, 'Bridge hint'),
});
export type QuestionContent = z.infer<typeof questionContentSchema>;

export const packQuestionSchema = questionContentSchema.extend({ id: idSchema });

/** A question pack file: the built-in bank and trainers' exports share this format. */
export const questionPackSchema = z.strictObject({
  format: z.literal('ambassador-studio/question-pack'),
  version: z.literal(1),
  name: text(200, 'Pack name'),
  updated: z.string().max(40).optional(),
  questions: z
    .array(packQuestionSchema)
    .min(1, { message: 'The pack has no questions' })
    .max(MAX_PACK_QUESTIONS, { message: `A pack holds at most ${MAX_PACK_QUESTIONS} questions` }),
});
export type QuestionPack = z.infer<typeof questionPackSchema>;

export interface Question extends QuestionContent {
  id: string;
  source: 'built-in' | 'custom';
  cohortId: string | null;
  retired: boolean;
}

export const REHEARSAL_MODES = ['due', 'random', 'set'] as const;
export type RehearsalMode = (typeof REHEARSAL_MODES)[number];

export const INTERVIEW_TYPE_IDS = ['live-radio', 'tv-soundbite', 'phone', 'print', 'podcast', 'panel', 'phone-in', 'press-conference', 'doorstep'] as const;
export type InterviewTypeId = (typeof INTERVIEW_TYPE_IDS)[number];

/** Metrics kept with a take: the summary of the on-device analysis, never the raw signal. */
export const takeMetricsSchema = z.strictObject({
  durationSeconds: z.number().min(0).max(3600),
  speakingSeconds: z.number().min(0).max(3600),
  speakingShare: z.number().min(0).max(1),
  pauseCount: z.number().int().min(0).max(10_000),
  longestPauseSeconds: z.number().min(0).max(3600),
  syllableCount: z.number().int().min(0).max(1_000_000),
  wordsPerMinute: z.number().min(0).max(1000),
  articulationRate: z.number().min(0).max(100),
  loudnessSpreadDb: z.number().min(0).max(200),
});
export type TakeMetrics = z.infer<typeof takeMetricsSchema>;

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export const selfRatingSchema = z.strictObject({
  bridged: z.boolean(),
  usedStory: z.boolean(),
  withinTime: z.boolean(),
  confidence: z.number().int().min(1).max(5),
  grade: z.enum(GRADES),
});
export type SelfRating = z.infer<typeof selfRatingSchema>;

/** Recordings are capped: a take this long is stopped with a message. */
export const MAX_RECORDING_BYTES = 12 * 1024 * 1024;
export const MAX_TAKE_SECONDS = 300;
export const recordingSchema = z.strictObject({
  mime: z.string().regex(/^audio\/[a-z0-9.+-]+(;\s*codecs=[a-z0-9.,"-]+)?$/i, { message: 'Unsupported recording type' }).max(100),
  bytes: bytesSchema(MAX_RECORDING_BYTES, 'Recording'),
});

export interface Take extends Timestamps {
  id: string;
  sessionId: string;
  questionId: string;
  position: number;
  targetSeconds: number;
  durationMs: number;
  hasRecording: boolean;
  recordingMime: string | null;
  metrics: TakeMetrics | null;
  rating: SelfRating | null;
  notes: string;
}

export interface RehearsalSession extends Timestamps {
  id: string;
  ambassadorId: string;
  interviewType: InterviewTypeId;
  mode: RehearsalMode;
  questionIds: string[];
  finishedAt: string | null;
  takes: Take[];
}
