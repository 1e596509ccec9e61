import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import type { Restored, TrashItem } from './schemas';

/** Every topic a restore or a purge can change: what comes back may be any of the trashed kinds. */
const RESTORED_TOPICS = ['trash', 'house', 'quote', 'comment', 'revision', 'question', 'rehearsal'] as const;

export const trashChannels = {
  /** The caller's trash (an ambassador: their own; a trainer: everyone's), newest first. */
  'trash:list': query<TrashItem[]>()(z.strictObject({ ambassadorId: idSchema.nullable().optional() }), ['trash']),
  'trash:restore': command<Restored>()(byId, RESTORED_TOPICS),
  /** Deletes one item for good. */
  'trash:delete': command<null>()(byId, ['trash']),
  /** Empties what the caller may see of the trash, for good. */
  'trash:empty': command<{ removed: number }>()(z.strictObject({}), ['trash']),
};
