/**
 * What the laptop tells the projector's stage view, over a BroadcastChannel (same origin in Electron and in
 * browser mode, so no server and no network). The snapshot type lists every field the stage may ever see:
 * trainer notes, bridge hints and ratings have no place in it, so they cannot leak onto the wall.
 *
 * Decided field by field for the hot seat: the question (or follow-up) text and the clock go up, since the
 * ambassador answers them in front of the room. A follow-up is marked as one, so the count "Question 2 of 3" does
 * not jump. Left off: the trainer's rating and comment (feedback is given to the person, not to the room), the
 * bridge hint and category (they would give the answer away), the hostile flag (a real journalist does not warn
 * you, and the wall would label the person in front of their peers), and the ambassador's name (a pseudonym or a
 * hidden family name must not end up on a projector).
 */
import { z } from 'zod';

export const STAGE_CHANNEL = 'ambassador-studio.stage';

const snapshotSchema = z.strictObject({
  question: z.string().max(1000),
  /** 1-based position and the number of questions in the session. */
  position: z.number().int().min(1).max(100),
  total: z.number().int().min(1).max(100),
  targetSeconds: z.number().min(1).max(3600),
  /** Time on the clock when the message was sent; the stage counts on from there with its own clock. */
  elapsedMs: z
    .number()
    .min(0)
    .max(24 * 60 * 60 * 1000),
  running: z.boolean(),
  /** The text on the wall is a follow-up to the question at `position`, not a new question. */
  followUp: z.literal(true).optional(),
});
export type StageSnapshot = z.infer<typeof snapshotSchema>;

const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('snapshot'), snapshot: snapshotSchema }),
  /** Nothing to show: between sessions, or the session ended. */
  z.strictObject({ type: z.literal('idle') }),
  /** Sent by a stage view when it opens, so the laptop answers with the current snapshot. */
  z.strictObject({ type: z.literal('hello') }),
  /** A key pressed at the stage window (a presenter's keyboard or clicker): the laptop decides what it does. */
  z.strictObject({ type: z.literal('control'), action: z.enum(['toggle-pause', 'next']) }),
]);
export type StageControl = Extract<StageMessage, { type: 'control' }>['action'];
export type StageMessage = z.infer<typeof messageSchema>;

export function parseStageMessage(data: unknown): StageMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Builds the snapshot field by field from what the session knows; anything else it knows is left behind. */
export function toStageSnapshot(input: {
  questionText: string;
  index: number;
  total: number;
  targetSeconds: number;
  elapsedMs: number;
  running: boolean;
  followUp?: boolean;
}): StageSnapshot {
  return {
    ...(input.followUp ? { followUp: true as const } : {}),
    question: input.questionText.slice(0, 1000),
    position: Math.min(100, input.index + 1),
    total: Math.max(1, Math.min(100, input.total)),
    targetSeconds: input.targetSeconds,
    elapsedMs: Math.max(0, Math.round(input.elapsedMs)),
    running: input.running,
  };
}
