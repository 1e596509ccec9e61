/**
 * What the laptop tells the agenda's projector view, over its own BroadcastChannel (same origin, no server, no
 * network). The snapshot lists every field the wall may ever show: titles, times and the linked exercise.
 * Facilitator notes have no field here, so they cannot reach the projector.
 */
import { z } from 'zod';
import { AGENDA_LIMITS } from '../../../../../shared/features/agenda/schemas';

export const AGENDA_STAGE_CHANNEL = 'ambassador-studio.agenda-stage';

const shown = z.strictObject({
  title: z.string().max(AGENDA_LIMITS.title),
  /** Already in the laptop's locale, e.g. "09:30–10:15". */
  timeRange: z.string().max(60),
  exercise: z.string().max(60).nullable(),
});

const snapshotSchema = z.strictObject({
  day: z.number().int().min(1).max(9),
  now: shown
    .extend({
      /**
       * When the block ends, in milliseconds since the epoch. The projector is a window on the same laptop, so it
       * counts down against the same clock without a message every second.
       */
      endsAtMs: z.number().min(0).max(Number.MAX_SAFE_INTEGER),
      manual: z.boolean(),
    })
    .nullable(),
  next: shown.nullable(),
});
export type AgendaStageSnapshot = z.infer<typeof snapshotSchema>;

const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('snapshot'), snapshot: snapshotSchema }),
  /** The agenda was closed on the laptop. */
  z.strictObject({ type: z.literal('idle') }),
  /** Sent by a projector view when it opens, so the laptop answers with what is on now. */
  z.strictObject({ type: z.literal('hello') }),
]);
export type AgendaStageMessage = z.infer<typeof messageSchema>;

export function parseAgendaStageMessage(data: unknown): AgendaStageMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
