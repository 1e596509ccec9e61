import { z } from 'zod';
import { bytesSchema } from '../../binary';
import { formatBytes } from '../../limits';
import type { Timestamps } from '../../fields';
import type { SessionKind, TrainerFeedback } from './hot-seat';

export const REHEARSAL_MODES = ['due', 'random', 'set'] as const;
export type RehearsalMode = (typeof REHEARSAL_MODES)[number];

export const INTERVIEW_TYPE_IDS = [
  'live-radio',
  'tv-soundbite',
  'phone',
  'print',
  'podcast',
  'panel',
  'phone-in',
  'press-conference',
  'doorstep',
  'video-call',
] as const;
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
/**
 * Camera takes (TV and video-call rehearsal) are video with sound. The recorder asks for 2 Mbit/s of 720p video
 * plus 64 kbit/s of voice, about 15 MB a minute (60 s at 720p is ~15-25 MB with other encoders' defaults), so
 * 80 MB holds a whole 5-minute answer (MAX_TAKE_SECONDS) at that rate.
 */
export const MAX_VIDEO_RECORDING_BYTES = 80 * 1024 * 1024;
export const MAX_TAKE_SECONDS = 300;

/** Sound in any container the browser records; video only as WebM (Chromium) or MP4 (other engines). */
export const recordingMimeSchema = z
  .string()
  .max(100)
  .regex(/^(audio\/[a-z0-9.+-]+|video\/(webm|mp4))(;\s*codecs=[a-z0-9.,"-]+)?$/i, {
    message: 'Unsupported recording type',
  });

export function isVideoMime(mime: string): boolean {
  return /^video\//i.test(mime);
}

/** The largest recording of this type that is kept: video needs more room than sound. */
export function maxRecordingBytes(mime: string): number {
  return isVideoMime(mime) ? MAX_VIDEO_RECORDING_BYTES : MAX_RECORDING_BYTES;
}

export const recordingSchema = z
  .strictObject({
    mime: recordingMimeSchema,
    bytes: bytesSchema(MAX_VIDEO_RECORDING_BYTES, 'Recording'),
  })
  .superRefine((recording, ctx) => {
    // Only a sound recording can pass the byte check above and still be too large.
    if (!(recording.bytes instanceof Uint8Array)) return;
    const max = maxRecordingBytes(recording.mime);
    if (recording.bytes.byteLength > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['bytes'],
        message: `Recording is ${formatBytes(recording.bytes.byteLength)}; the limit for sound is ${formatBytes(max)}`,
      });
    }
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
  /** Hot seat: the follow-up the trainer asked, when this answer was to one (absent or null otherwise). */
  followUp?: string | null;
  /** Hot seat: the trainer's score and comment, signed; the ambassador reads it in their history. */
  trainerFeedback?: TrainerFeedback | null;
}

export interface RehearsalSession extends Timestamps {
  id: string;
  ambassadorId: string;
  interviewType: InterviewTypeId;
  mode: RehearsalMode;
  questionIds: string[];
  finishedAt: string | null;
  takes: Take[];
  /** Absent means 'practice' (the ambassador's own); 'hot-seat' is a mock interview a trainer ran. */
  kind?: SessionKind;
  /** Hot seat: the trainer who ran it, by the name they had then. */
  runBy?: string | null;
}
