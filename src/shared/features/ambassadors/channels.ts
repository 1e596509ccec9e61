import { z } from 'zod';
import { bytesSchema } from '../../binary';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import { LIMITS } from '../../limits';
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
  'ambassador:update': command<Ambassador>()(z.strictObject({ id: idSchema, patch: ambassadorPatchSchema }), [
    'ambassador',
    'revision',
  ]),
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
