import { z } from 'zod';
import { command, query } from '../../channel';
import { idSchema } from '../../fields';
import { INTERVIEW_TYPE_IDS, type RehearsalSession } from '../rehearsal/schemas';
import type { StudyPlan } from './schemas';

export const planChannels = {
  /** The day-by-day plan to the cohort's media date (14 days when there is none) and readiness per category. */
  'plan:get': query<StudyPlan>()(z.strictObject({ ambassadorId: idSchema }), [
    'rehearsal',
    'question',
    'cohort',
    'ambassador',
    'interview',
  ]),
  /** A practice session of exactly the questions the plan puts on today, in the plan's order. */
  'plan:rehearseToday': command<RehearsalSession>()(
    z.strictObject({ ambassadorId: idSchema, interviewType: z.enum(INTERVIEW_TYPE_IDS) }),
    ['rehearsal'],
  ),
};
