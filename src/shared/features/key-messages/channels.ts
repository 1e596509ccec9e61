import type { Trashed } from '../trash/schemas';
import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import { baseVersionSchema } from '../../versioned';
import { houseFieldsSchema, housePatchSchema, type MessageHouse } from './schemas';

export const keyMessageChannels = {
  'house:list': query<MessageHouse[]>()(z.strictObject({ ambassadorId: idSchema }), ['house']),
  'house:get': query<MessageHouse>()(byId, ['house']),
  'house:create': command<MessageHouse>()(
    z.strictObject({ ambassadorId: idSchema, fields: houseFieldsSchema.partial() }),
    ['house'],
  ),
  'house:update': command<MessageHouse>()(
    z.strictObject({
      id: idSchema,
      baseVersion: baseVersionSchema,
      patch: housePatchSchema,
      /** Resolving a conflict: the stored house is kept in the history before it is replaced. */
      keepReplaced: z.boolean().optional(),
    }),
    ['house', 'revision'],
  ),
  'house:setPrimary': command<MessageHouse>()(byId, ['house']),
  // Deleting a house removes its comments and unlinks quotes that pointed at it.
  'house:delete': command<Trashed>()(byId, ['house', 'quote', 'comment', 'trash']),
};
