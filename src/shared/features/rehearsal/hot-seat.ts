/**
 * Hot-seat mock interviews: the trainer plays the journalist and records each answer as a take for the
 * ambassador in the hot seat, then rates it. The rating is the trainer's own (a score and a comment, signed with
 * the trainer's name); it sits beside the ambassador's self-rating and never feeds their review schedule, which
 * stays the ambassador's own practice.
 */
import { z } from 'zod';
import { text } from '../../fields';

export const SESSION_KINDS = ['practice', 'hot-seat'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Seconds a trainer may give one question: a doorstep line up to a long podcast answer. */
export const MIN_QUESTION_SECONDS = 5;
export const MAX_QUESTION_SECONDS = 300;
export const questionSecondsSchema = z.number().int().min(MIN_QUESTION_SECONDS).max(MAX_QUESTION_SECONDS);

/** A follow-up the trainer asks after an answer, shown on the stage in place of the question. */
export const FOLLOW_UP_LIMIT = 300;
export const followUpSchema = text(FOLLOW_UP_LIMIT, 'Follow-up').refine((v) => v.trim() !== '', {
  message: 'Follow-up is required',
});

export const TRAINER_SCORES = [1, 2, 3, 4, 5] as const;
export const TRAINER_SCORE_LABELS: Readonly<Record<(typeof TRAINER_SCORES)[number], string>> = {
  1: 'Needs a lot of work',
  2: 'Needs work',
  3: 'Getting there',
  4: 'Strong',
  5: 'Ready for the press',
};

export const TRAINER_COMMENT_LIMIT = 2000;
export const trainerRatingInputSchema = z.strictObject({
  score: z.union(TRAINER_SCORES.map((n) => z.literal(n))),
  comment: text(TRAINER_COMMENT_LIMIT, 'Comment'),
});
export type TrainerRatingInput = z.infer<typeof trainerRatingInputSchema>;

/** What a take stores: the rating plus who gave it and when (the name as it was then, so renaming keeps history). */
export const trainerFeedbackSchema = trainerRatingInputSchema.extend({
  trainerName: z.string().min(1).max(120),
  ratedAt: z.string().min(1).max(40),
});
export type TrainerFeedback = z.infer<typeof trainerFeedbackSchema>;
