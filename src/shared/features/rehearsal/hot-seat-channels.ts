import { z } from 'zod';
import { command } from '../../channel';
import { idSchema } from '../../fields';
import { followUpSchema, questionSecondsSchema, trainerRatingInputSchema } from './hot-seat';
import { INTERVIEW_TYPE_IDS, recordingSchema, takeMetricsSchema, type RehearsalSession, type Take } from './schemas';

/** One question of the trainer's deck, with the time it gets on the stage clock. */
const deckEntrySchema = z.strictObject({ questionId: idSchema, seconds: questionSecondsSchema });

export const hotSeatChannels = {
  /** The trainer opens a hot-seat session for one ambassador, owned by that ambassador. */
  'hotSeat:start': command<RehearsalSession>()(
    z.strictObject({
      ambassadorId: idSchema,
      interviewType: z.enum(INTERVIEW_TYPE_IDS),
      deck: z.array(deckEntrySchema).min(1, { message: 'Choose at least one question' }).max(30),
    }),
    ['rehearsal'],
  ),
  /** One answer, recorded on the trainer's laptop; a follow-up is a further take on the same question. */
  'hotSeat:saveTake': command<Take>()(
    z.strictObject({
      sessionId: idSchema,
      questionId: idSchema,
      position: z.number().int().min(0).max(100),
      targetSeconds: questionSecondsSchema,
      durationMs: z
        .number()
        .int()
        .min(0)
        .max(60 * 60 * 1000),
      followUp: followUpSchema.optional(),
      recording: recordingSchema.optional(),
      metrics: takeMetricsSchema.optional(),
    }),
    ['rehearsal'],
  ),
  'hotSeat:rateTake': command<Take>()(z.strictObject({ takeId: idSchema, rating: trainerRatingInputSchema }), [
    'rehearsal',
  ]),
};
