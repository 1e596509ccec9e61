import { z } from 'zod';
import { command, query } from '../../channel';
import { byId, idSchema } from '../../fields';
import { cohortOverviewInput, type CohortOverview } from './overview-schemas';
import { cohortFieldsSchema, cohortPatchSchema, type Cohort } from './schemas';

export const cohortChannels = {
  'cohort:list': query<Cohort[]>()(z.strictObject({ includeArchived: z.boolean().optional() }), ['cohort']),
  'cohort:get': query<Cohort>()(byId, ['cohort']),
  'cohort:create': command<Cohort>()(z.strictObject({ fields: cohortFieldsSchema }), ['cohort']),
  'cohort:update': command<Cohort>()(z.strictObject({ id: idSchema, patch: cohortPatchSchema }), [
    'cohort',
    'revision',
  ]),
  'cohort:archive': command<Cohort>()(z.strictObject({ id: idSchema, archived: z.boolean() }), ['cohort', 'revision']),
  // Reads what every measure on the row comes from, so any change to them refreshes the overview.
  'cohort:overview': query<CohortOverview>()(cohortOverviewInput, [
    'cohort',
    'ambassador',
    'house',
    'quote',
    'comment',
    'question',
    'rehearsal',
    'sheet',
  ]),
};
