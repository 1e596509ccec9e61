import type { Trashed } from '../trash/schemas';
import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema, text } from '../../fields';
import { QUESTION_CATEGORIES } from '../question-bank/schemas';
import {
  INTERVIEW_TYPE_IDS,
  REHEARSAL_MODES,
  recordingSchema,
  selfRatingSchema,
  takeMetricsSchema,
  type RehearsalSession,
  type Take,
} from './schemas';

const takeId = z.strictObject({ takeId: idSchema });

export const rehearsalChannels = {
  'rehearsal:start': command<RehearsalSession>()(
    z.strictObject({
      ambassadorId: idSchema,
      interviewType: z.enum(INTERVIEW_TYPE_IDS),
      mode: z.enum(REHEARSAL_MODES),
      count: z.number().int().min(1).max(30),
      categories: z.array(z.enum(QUESTION_CATEGORIES)).max(QUESTION_CATEGORIES.length),
      setId: idSchema.optional(),
    }),
    ['rehearsal'],
  ),
  'rehearsal:get': query<RehearsalSession>()(byId, ['rehearsal']),
  'rehearsal:list': query<RehearsalSession[]>()(z.strictObject({ ambassadorId: idSchema }), ['rehearsal']),
  'rehearsal:saveTake': command<Take>()(
    z.strictObject({
      sessionId: idSchema,
      questionId: idSchema,
      position: z.number().int().min(0).max(100),
      durationMs: z
        .number()
        .int()
        .min(0)
        .max(60 * 60 * 1000),
      recording: recordingSchema.optional(),
      metrics: takeMetricsSchema.optional(),
      notes: text(2000, 'Notes'),
    }),
    ['rehearsal'],
  ),
  'rehearsal:rateTake': command<Take>()(z.strictObject({ takeId: idSchema, rating: selfRatingSchema }), ['rehearsal']),
  'rehearsal:noteTake': command<Take>()(z.strictObject({ takeId: idSchema, notes: text(2000, 'Notes') }), [
    'rehearsal',
  ]),
  'rehearsal:finish': command<RehearsalSession>()(byId, ['rehearsal']),
  'rehearsal:recording': query<{ mime: string; bytes: Uint8Array } | null>()(takeId, ['rehearsal']),
  'rehearsal:deleteTake': command<Trashed>()(takeId, ['rehearsal', 'trash']),
  'rehearsal:deleteSession': command<Trashed>()(byId, ['rehearsal', 'trash']),
  'rehearsal:dueCount': query<number>()(z.strictObject({ ambassadorId: idSchema }), ['rehearsal', 'question']),
};
export { hotSeatChannels } from './hot-seat-channels';
