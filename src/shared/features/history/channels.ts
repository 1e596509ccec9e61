import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import { revisionEntityTypeSchema, type Revision, type RevisionSummary } from './schemas';

export const historyChannels = {
  'revision:list': query<RevisionSummary[]>()(
    z.strictObject({ entityType: revisionEntityTypeSchema, entityId: idSchema }),
    ['revision'],
  ),
  'revision:get': query<Revision>()(byId, ['revision']),
  'revision:restore': command<{ entityType: 'house' | 'quote'; entityId: string }>()(byId, [
    'house',
    'quote',
    'revision',
  ]),
};
