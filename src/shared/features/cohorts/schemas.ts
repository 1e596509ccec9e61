import { z } from 'zod';
import { LIMITS } from '../../limits';
import { idSchema, isoDate, pickFields, requiredText, text, type Timestamps } from '../../fields';

export const pressContactSchema = z.strictObject({
  name: text(LIMITS.name, 'Press contact name'),
  email: text(LIMITS.shortText, 'Press contact email'),
  phone: text(LIMITS.shortText, 'Press contact phone'),
});
export type PressContact = z.infer<typeof pressContactSchema>;

/** The editable fields of a cohort (a programme's group of ambassadors, e.g. one year's residential). */
export const cohortFieldsSchema = z.strictObject({
  name: requiredText(LIMITS.name, 'Cohort name'),
  organisation: text(LIMITS.shortText, 'Organisation'),
  campaign: text(LIMITS.shortText, 'Campaign'),
  hashtag: text(LIMITS.hashtag, 'Hashtag'),
  mediaDate: isoDate,
  pressContact: pressContactSchema,
});
export type CohortFields = z.infer<typeof cohortFieldsSchema>;

export const cohortPatchSchema = cohortFieldsSchema.partial().extend({
  pressContact: pressContactSchema.partial().optional(),
});

export interface Cohort extends CohortFields, Timestamps {
  id: string;
  archivedAt: string | null;
}

export const cohortFieldsOf = (c: Cohort): CohortFields => pickFields(cohortFieldsSchema, c);

export function emptyCohortFields(): CohortFields {
  return {
    name: '',
    organisation: '',
    campaign: '',
    hashtag: '',
    mediaDate: '',
    pressContact: { name: '', email: '', phone: '' },
  };
}

export const cohortIdSchema = idSchema;
