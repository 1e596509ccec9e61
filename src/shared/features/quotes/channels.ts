import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import { QUOTE_ACTIONS, quoteFieldsSchema, quotePatchSchema, type Quote } from './schemas';

export const quoteChannels = {
  'quote:list': query<Quote[]>()(z.strictObject({ ambassadorId: idSchema }), ['quote']),
  'quote:get': query<Quote>()(byId, ['quote']),
  'quote:create': command<Quote>()(z.strictObject({ ambassadorId: idSchema, fields: quoteFieldsSchema.partial() }), [
    'quote',
  ]),
  'quote:update': command<Quote>()(z.strictObject({ id: idSchema, patch: quotePatchSchema }), ['quote', 'revision']),
  'quote:transition': command<Quote>()(
    z.strictObject({
      id: idSchema,
      action: z.enum(QUOTE_ACTIONS),
      /** For 'approve': the ids of the findings the trainer has read; they must cover every open one. */
      acknowledgedFindings: z.array(z.string().max(500)).max(1000).optional(),
    }),
    ['quote', 'revision'],
  ),
  'quote:reviseApproved': command<Quote>()(byId, ['quote']),
  'quote:delete': command<null>()(byId, ['quote', 'comment']),
};
