import type { Trashed } from '../trash/schemas';
import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import { baseVersionSchema } from '../../versioned';
import { QUOTE_ACTIONS, quoteFieldsSchema, quotePatchSchema, type Quote } from './schemas';
import { quoteSummariesInput, type QuotePage } from './summaries';
import { textHashSchemaMessage } from './text-hash';

const transitionInput = z
  .strictObject({
    id: idSchema,
    action: z.enum(QUOTE_ACTIONS),
    /** For 'approve': the ids of the findings the trainer has read; they must cover every open one. */
    acknowledgedFindings: z.array(z.string().max(500)).max(1000).optional(),
    /** For 'approve' and 'sendBack': `quoteTextHash` of the text the trainer saw. */
    textHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { message: textHashSchemaMessage })
      .optional(),
  })
  .refine((input) => input.textHash !== undefined || (input.action !== 'approve' && input.action !== 'sendBack'), {
    message: 'Approving or sending back needs the hash of the text you read',
    path: ['textHash'],
  });

export const quoteChannels = {
  'quote:list': query<Quote[]>()(z.strictObject({ ambassadorId: idSchema }), ['quote']),
  /** One window of the list, as summaries: the Press quotes screen asks for the rows it shows. */
  'quote:summaries': query<QuotePage>()(quoteSummariesInput, ['quote']),
  'quote:get': query<Quote>()(byId, ['quote']),
  'quote:create': command<Quote>()(z.strictObject({ ambassadorId: idSchema, fields: quoteFieldsSchema.partial() }), [
    'quote',
  ]),
  'quote:update': command<Quote>()(
    z.strictObject({
      id: idSchema,
      baseVersion: baseVersionSchema,
      patch: quotePatchSchema,
      /** Resolving a conflict: the stored text is kept in the history before it is replaced. */
      keepReplaced: z.boolean().optional(),
    }),
    ['quote', 'revision'],
  ),
  'quote:transition': command<Quote>()(transitionInput, ['quote', 'revision']),
  'quote:reviseApproved': command<Quote>()(byId, ['quote']),
  'quote:delete': command<Trashed>()(byId, ['quote', 'comment', 'trash']),
};
