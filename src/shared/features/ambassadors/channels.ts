import { z } from 'zod';
import { bytesSchema } from '../../binary';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import { LIMITS } from '../../limits';
import { baseVersionSchema } from '../../versioned';
import {
  ambassadorFieldsSchema,
  ambassadorPatchSchema,
  type Ambassador,
  type AmbassadorSummary,
  type Photo,
} from './schemas';
import { eraseInputSchema, type ErasureReport } from './erase';

export const ambassadorChannels = {
  'ambassador:list': query<AmbassadorSummary[]>()(
    z.strictObject({ cohortId: idSchema.optional(), includeArchived: z.boolean().optional() }),
    ['ambassador'],
  ),
  'ambassador:get': query<Ambassador>()(byId, ['ambassador']),
  'ambassador:create': command<Ambassador>()(z.strictObject({ fields: ambassadorFieldsSchema.partial() }), [
    'ambassador',
  ]),
  'ambassador:update': command<Ambassador>()(
    z.strictObject({
      id: idSchema,
      patch: ambassadorPatchSchema,
      /**
       * The version the editor's text was based on: a field changed since is refused. Optional here (unlike
       * quotes and houses): scripts and imports update profiles without an editor; the profile editor sends it.
       */
      baseVersion: baseVersionSchema.optional(),
      /** Resolving a conflict: the stored profile is kept in the history before it is replaced. */
      keepReplaced: z.boolean().optional(),
    }),
    ['ambassador', 'revision'],
  ),
  'ambassador:archive': command<Ambassador>()(z.strictObject({ id: idSchema, archived: z.boolean() }), [
    'ambassador',
    'revision',
  ]),
  'ambassador:setPhoto': command<Ambassador>()(
    z.strictObject({ id: idSchema, bytes: bytesSchema(LIMITS.photoBytes, 'Photo') }),
    ['ambassador'],
  ),
  'ambassador:removePhoto': command<Ambassador>()(byId, ['ambassador']),
  'ambassador:photo': query<Photo | null>()(byId, ['ambassador']),
  /** Deletes a person and everything about them for good (see erase.ts); every view of their work goes stale. */
  'ambassador:erase': command<ErasureReport>()(eraseInputSchema, [
    'role',
    'settings',
    'ambassador',
    'revision',
    'house',
    'quote',
    'comment',
    'rehearsal',
    'sheet',
  ]),
};
