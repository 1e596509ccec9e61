import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import type { SheetExport } from '../message-sheet/api';
import { paperSchema } from '../message-sheet/paper';
import type { RehearsalSession } from '../rehearsal/schemas';
import type { Trashed } from '../trash/schemas';
import {
  debriefFieldsSchema,
  interviewFieldsSchema,
  type FollowUpRequest,
  type InterviewRequest,
  type SuggestedQuestion,
} from './schemas';

export const interviewChannels = {
  /** The ambassador's requests, soonest interview first, then undated ones, then past ones. */
  'interview:list': query<InterviewRequest[]>()(z.strictObject({ ambassadorId: idSchema }), ['interview']),
  'interview:get': query<InterviewRequest>()(byId, ['interview']),
  'interview:create': command<InterviewRequest>()(
    z.strictObject({ ambassadorId: idSchema, fields: interviewFieldsSchema }),
    ['interview'],
  ),
  'interview:update': command<InterviewRequest>()(z.strictObject({ id: idSchema, fields: interviewFieldsSchema }), [
    'interview',
  ]),
  /** Moves the request (and its debrief) to the Trash, so it can be restored for 30 days. */
  'interview:delete': command<Trashed>()(byId, ['interview', 'trash']),
  /** Questions worth rehearsing for this request: by its format, angle and the topics off limits. */
  'interview:suggest': query<SuggestedQuestion[]>()(
    z.strictObject({ id: idSchema, count: z.number().int().min(1).max(12).default(6) }),
    ['interview', 'question', 'ambassador'],
  ),
  /** A rehearsal session of the chosen suggested questions, with the request's interview type. */
  'interview:rehearse': command<RehearsalSession>()(
    z.strictObject({ id: idSchema, questionIds: z.array(idSchema).min(1).max(12) }),
    ['rehearsal'],
  ),
  /** One page to take along: umbrella, key messages, bridging lines and the agreed limits. Printing changes nothing. */
  'interview:prepCard': command<SheetExport>()(z.strictObject({ id: idSchema, paper: paperSchema.default('A4') }), []),
  'interview:saveDebrief': command<InterviewRequest>()(z.strictObject({ id: idSchema, debrief: debriefFieldsSchema }), [
    'interview',
  ]),
  /** Trainer only: who in the cohort asked for a follow-up. Nothing else of a debrief is in it. */
  'interview:followUps': query<FollowUpRequest[]>()(z.strictObject({ cohortId: idSchema }), [
    'interview',
    'ambassador',
  ]),
};
