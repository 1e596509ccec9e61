import { z } from 'zod';
import { command, query } from '../../channel';
import { idSchema } from '../../fields';
import type { PdfDelivery } from '../message-sheet/api';
import { paperSchema, type Paper } from '../message-sheet/paper';
import { agendaStartDateSchema, blockFieldsSchema, blockPatchSchema, type Agenda } from './schemas';

/** Every change names the agenda version it was based on; a change made elsewhere since is refused. */
const change = { cohortId: idSchema, baseVersion: z.number().int().min(1) };

export interface AgendaExport {
  delivery: PdfDelivery;
  fileName: string;
  title: string;
  paper: Paper;
  pages: number;
}

export const agendaChannels = {
  /**
   * The cohort's agenda, made from the two-day template the first time anyone opens it. It reads `role` too:
   * facilitator notes come and go with trainer mode.
   */
  'agenda:get': query<Agenda>()(z.strictObject({ cohortId: idSchema }), ['agenda', 'role']),
  'agenda:addBlock': command<Agenda>()(z.strictObject({ ...change, fields: blockFieldsSchema }), ['agenda']),
  'agenda:updateBlock': command<Agenda>()(z.strictObject({ ...change, id: idSchema, patch: blockPatchSchema }), [
    'agenda',
  ]),
  'agenda:removeBlock': command<Agenda>()(z.strictObject({ ...change, id: idSchema }), ['agenda']),
  /** Swaps a block with its neighbour on the same day: it takes the earlier start, the other follows it. */
  'agenda:moveBlock': command<Agenda>()(
    z.strictObject({ ...change, id: idSchema, direction: z.enum(['earlier', 'later']) }),
    ['agenda'],
  ),
  'agenda:setStartDate': command<Agenda>()(z.strictObject({ ...change, startDate: agendaStartDateSchema }), ['agenda']),
  /** Puts the two-day template back in place of every block (the trainer confirms first). */
  'agenda:reset': command<Agenda>()(z.strictObject(change), ['agenda']),
  /** One printed page; facilitator notes only on a trainer's copy. Printing changes no data. */
  'agenda:exportPdf': command<AgendaExport>()(
    z.strictObject({ cohortId: idSchema, paper: paperSchema.default('A4'), includeNotes: z.boolean().default(false) }),
    [],
  ),
};
