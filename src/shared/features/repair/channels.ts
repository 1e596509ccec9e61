import { z } from 'zod';
import { command, query } from '../../channel';
import { idSchema } from '../../fields';
import { REPAIR_KINDS, type RepairItem } from './schemas';

const target = { kind: z.enum(REPAIR_KINDS), id: idSchema };
/** The topics a repair changes: the record itself, wherever it is shown. */
const REPAIRED = ['repair', 'ambassador', 'house', 'quote', 'revision', 'sheet'] as const;

export const repairChannels = {
  /** Records with stored values the app cannot read: an ambassador's own, or everyone's for a trainer. */
  'repair:list': query<RepairItem[]>()(z.strictObject({}), ['repair', 'ambassador', 'house', 'quote']),
  /** Replaces one damaged value with text a person corrected; the original is kept. */
  'repair:apply': command<null>()(
    z.strictObject({
      ...target,
      column: z.string().min(1).max(64),
      text: z.string().max(1_000_000, { message: 'That text is too long to be a stored value.' }),
    }),
    REPAIRED,
  ),
  /** Keeps what can be read of the record and drops the rest; the originals are kept. */
  'repair:salvage': command<null>()(z.strictObject(target), REPAIRED),
};
