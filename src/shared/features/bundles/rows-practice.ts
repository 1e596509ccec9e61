/** Bundle row schemas for a cohort's questions and logo, rehearsal practice, sheet confirmations and media. */
import { z } from 'zod';
import { idSchema, text } from '../../fields';
import { LIMITS } from '../../limits';
import { storedCardSchema } from '../../scheduling';
import { QUESTION_CATEGORIES, questionContentSchema } from '../question-bank/schemas';
import {
  INTERVIEW_TYPE_IDS,
  maxRecordingBytes,
  REHEARSAL_MODES,
  recordingMimeSchema,
  selfRatingSchema,
  takeMetricsSchema,
} from '../rehearsal/schemas';
import { SESSION_KINDS, trainerFeedbackSchema } from '../rehearsal/hot-seat';
import { count, hex, idList, stamp, synced } from './row-columns';

const qc = questionContentSchema.shape;
export const questionRowSchema = z.strictObject({
  ...synced,
  cohort_id: idSchema.nullable(),
  category: z.enum(QUESTION_CATEGORIES),
  difficulty: qc.difficulty,
  text: qc.text,
  bridge_hint: qc.bridgeHint,
});

export const questionSetRowSchema = z.strictObject({
  ...synced,
  cohort_id: idSchema,
  name: text(120, 'Set name'),
  question_ids: idList,
});

/** Retiring a question is per cohort and has no id or version of its own: it is added, never merged. */
export const questionRetiredRowSchema = z.strictObject({
  cohort_id: idSchema,
  question_id: idSchema,
  created_at: stamp,
});

export const sessionRowSchema = z.strictObject({
  ...synced,
  ambassador_id: idSchema,
  interview_type: z.enum(INTERVIEW_TYPE_IDS),
  mode: z.enum(REHEARSAL_MODES),
  question_ids: idList,
  finished_at: stamp.nullable(),
  // Hot seat (migration 0105). Defaults, so bundles from before it still import as ordinary practice.
  kind: z.enum(SESSION_KINDS).default('practice'),
  run_by: z.string().max(120).nullable().default(null),
});

export const takeRowSchema = z.strictObject({
  ...synced,
  session_id: idSchema,
  question_id: idSchema,
  position: count,
  target_seconds: count,
  duration_ms: count,
  recording_media_id: idSchema.nullable(),
  metrics: takeMetricsSchema.nullable(),
  rating: selfRatingSchema.nullable(),
  notes: text(2000, 'Notes'),
  // Hot seat: the follow-up asked and the trainer's signed rating, which "Return feedback" carries to the ambassador.
  follow_up: z.string().max(1000).nullable().default(null),
  trainer_feedback: trainerFeedbackSchema.nullable().default(null),
});

export const reviewCardRowSchema = z.strictObject({
  ...synced,
  ambassador_id: idSchema,
  question_id: idSchema,
  card: z.strictObject(storedCardSchema.shape),
  due: stamp,
});

export const sheetConfirmationRowSchema = z.strictObject({
  ...synced,
  ambassador_id: idSchema,
  finding_id: z.string().min(1).max(200),
  field: z.string().min(1).max(80),
  label: text(LIMITS.shortText, 'Confirmation label'),
  kind: z.string().min(1).max(40),
  value_hash: hex,
  text_hash: hex,
  confirmed_by: text(LIMITS.shortText, 'Confirmed by'),
});

export const cohortLogoRowSchema = z.strictObject({
  ...synced,
  cohort_id: idSchema,
  media_id: idSchema,
});

/** The largest photo or logo accepted from a bundle (stored ones are re-encoded and far smaller). */
export const MAX_BUNDLE_IMAGE_BYTES = 8 * 1024 * 1024;

/** A blob's description; its bytes travel beside the rows, named by their sha256. */
export const mediaRowSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(['photo', 'audio', 'logo']),
    mime: z.string().min(1).max(100),
    size: count,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'Expected a sha256' }),
    created_at: stamp,
    /** A removed logo: its row still travels (a deleted logo row points at it), its bytes do not. */
    deleted_at: stamp.nullable(),
  })
  .superRefine((row, ctx) => {
    if (row.deleted_at !== null && row.size !== 0)
      ctx.addIssue({ code: 'custom', path: ['size'], message: 'A removed file has no bytes' });
    if (row.kind === 'audio') {
      // 'audio' is every recording, camera takes (video/webm) included: the mime says which, and sets the cap.
      if (!recordingMimeSchema.safeParse(row.mime).success)
        ctx.addIssue({ code: 'custom', path: ['mime'], message: 'Unsupported recording type' });
      if (row.size > maxRecordingBytes(row.mime))
        ctx.addIssue({ code: 'custom', path: ['size'], message: 'Recording too large' });
    } else if (row.size > MAX_BUNDLE_IMAGE_BYTES) {
      ctx.addIssue({ code: 'custom', path: ['size'], message: 'Image too large' });
    }
  });
