/**
 * Rows as a work bundle carries them: the stored columns under their database names (snake_case), with JSON columns
 * as parsed values. An import validates every row with these before anything is written, using each feature's own
 * field schemas, so a bundle cannot put into the database what the app itself would refuse to save.
 */
import { z } from 'zod';
import { languageRuleSchema } from '../../checks/language-guide-schema';
import { idSchema, isoDate, text } from '../../fields';
import { LIMITS } from '../../limits';
import { ROLES } from '../access/schemas';
import { ambassadorFieldsSchema, NAME_MODES } from '../ambassadors/schemas';
import { pressContactSchema } from '../cohorts/schemas';
import { COMMENT_LIMIT, COMMENT_TARGETS, commentFieldSchema } from '../comments/schemas';
import { houseFieldsSchema } from '../key-messages/schemas';
import { QUOTE_STATUSES, quoteFieldsSchema } from '../quotes/schemas';
import { flag, stamp, synced, withFields } from './row-columns';
import {
  cohortLogoRowSchema,
  mediaRowSchema,
  questionRetiredRowSchema,
  questionRowSchema,
  questionSetRowSchema,
  reviewCardRowSchema,
  sessionRowSchema,
  sheetConfirmationRowSchema,
  takeRowSchema,
} from './rows-practice';

export * from './rows-practice';

const af = ambassadorFieldsSchema.shape;

export const cohortRowSchema = z.strictObject({
  ...synced,
  name: text(LIMITS.name, 'Cohort name'),
  organisation: text(LIMITS.shortText, 'Organisation'),
  campaign: text(LIMITS.shortText, 'Campaign'),
  hashtag: text(LIMITS.hashtag, 'Hashtag'),
  media_date: isoDate,
  press_contact: pressContactSchema,
  archived_at: stamp.nullable(),
  language_rules: z.array(languageRuleSchema).max(100),
});

export const ambassadorRowSchema = z.strictObject({
  ...synced,
  cohort_id: idSchema.nullable(),
  full_name: af.fullName,
  first_name: af.firstName,
  pseudonym: af.pseudonym,
  name_mode: z.enum(NAME_MODES),
  pronouns: af.pronouns,
  role: af.role,
  languages: af.languages,
  short_bio: af.shortBio,
  long_bio: af.longBio,
  photo_media_id: idSchema.nullable(),
  photo_consent: flag,
  topics_welcome: af.topicsWelcome,
  topics_declined: af.topicsDeclined,
  private_details: af.privateDetails,
  archived_at: stamp.nullable(),
});

export const houseRowSchema = withFields(
  z.strictObject({
    ...synced,
    ambassador_id: idSchema,
    is_primary: flag,
    fields: z.record(z.string(), z.unknown()),
  }),
  houseFieldsSchema,
);

export const quoteRowSchema = withFields(
  z.strictObject({
    ...synced,
    ambassador_id: idSchema,
    house_id: idSchema.nullable(),
    parent_id: idSchema.nullable(),
    status: z.enum(QUOTE_STATUSES),
    fields: z.record(z.string(), z.unknown()),
    approved_by: text(LIMITS.shortText, 'Approved by').nullable(),
    approved_at: stamp.nullable(),
    /** The approval is bound to the hash of the exact text approved (migration 0085). */
    approved_hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { message: 'Expected a sha256' })
      .nullable(),
  }),
  quoteFieldsSchema,
);

export const commentRowSchema = z.strictObject({
  ...synced,
  target_type: z.enum(COMMENT_TARGETS),
  target_id: idSchema,
  ambassador_id: idSchema,
  field: commentFieldSchema,
  author_role: z.enum(ROLES),
  author_name: text(LIMITS.shortText, 'Comment author'),
  body: text(COMMENT_LIMIT, 'Comment'),
  resolved_at: stamp.nullable(),
});

/** Every table a bundle may hold, in the order an import writes them (parents before children). */
export const BUNDLE_ROW_SCHEMAS = {
  media: mediaRowSchema,
  cohort: cohortRowSchema,
  ambassador: ambassadorRowSchema,
  message_house: houseRowSchema,
  quote: quoteRowSchema,
  comment: commentRowSchema,
  question: questionRowSchema,
  question_set: questionSetRowSchema,
  question_retired: questionRetiredRowSchema,
  rehearsal_session: sessionRowSchema,
  take: takeRowSchema,
  review_card: reviewCardRowSchema,
  sheet_confirmation: sheetConfirmationRowSchema,
  cohort_logo: cohortLogoRowSchema,
} as const;

export type BundleTable = keyof typeof BUNDLE_ROW_SCHEMAS;
export const BUNDLE_TABLES = Object.keys(BUNDLE_ROW_SCHEMAS) as BundleTable[];

/** The tables whose rows carry a version and merge by content hash (the others are added when missing). */
export const VERSIONED_TABLES = BUNDLE_TABLES.filter(
  (t): t is Exclude<BundleTable, 'media' | 'question_retired'> => t !== 'media' && t !== 'question_retired',
);
export type VersionedTable = (typeof VERSIONED_TABLES)[number];

/** A row removed for good on the sending laptop: which table, and the sha256 of its id (never the id itself). */
export const tombstoneRowSchema = z.strictObject({
  table_name: z.enum(VERSIONED_TABLES as [VersionedTable, ...VersionedTable[]]),
  id_hash: z.string().regex(/^[0-9a-f]{64}$/, { message: 'Expected a sha256' }),
  deleted_at: stamp,
  device_id: z.string().min(1).max(64),
});
export type TombstoneRow = z.infer<typeof tombstoneRowSchema>;
