import { z } from 'zod';
import { idSchema, textList } from '../../fields';
import { nameModeSchema, type NameMode } from '../ambassadors/schemas';
import { paperSchema } from './paper';

/** A sheet shows between one and three approved quotes. */
export const MAX_SHEET_QUOTES = 3;

/**
 * How private each name mode is: a sheet may use the profile's mode or a more private one, never a less
 * private one (full name < first name < pseudonym).
 */
export const NAME_MODE_PRIVACY: Readonly<Record<NameMode, number>> = { full: 0, first: 1, pseudonym: 2 };

/** The profile's mode and every mode more private than it, least private first. */
export function allowedNameModes(profileMode: NameMode): NameMode[] {
  return (Object.keys(NAME_MODE_PRIVACY) as NameMode[]).filter(
    (m) => NAME_MODE_PRIVACY[m] >= NAME_MODE_PRIVACY[profileMode],
  );
}

/** A safeguarding finding id, as returned by the preview: `<field>:<kind>:<index>`. */
export const findingIdSchema = z
  .string()
  .max(120, { message: 'That finding id is too long' })
  .regex(/^[a-z][a-zA-Z0-9.]*:[a-z_]+:\d{1,3}$/, { message: 'That is not a finding id from the preview' });

/**
 * What the person chose on the Message sheet screen. Every field is optional: left out, it takes the
 * default a trainer would pick (primary house, up to three approved quotes, photo when there is consent and
 * a photo, the profile's name mode, all topics, A4).
 */
export const sheetOptionsSchema = z.strictObject({
  /** Which Message House; the primary one when left out. */
  houseId: idSchema.optional(),
  /** Which approved quotes, in order (1 to 3). */
  quoteIds: z
    .array(idSchema)
    .min(1, { message: 'Choose at least one approved quote' })
    .max(MAX_SHEET_QUOTES, { message: `A sheet has at most ${MAX_SHEET_QUOTES} quotes` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'The same quote is chosen twice' })
    .optional(),
  /** Show the photo. Only possible with photo consent and a photo. */
  includePhoto: z.boolean().optional(),
  /** Name the ambassador more privately than the profile does (never less). */
  nameMode: nameModeSchema.optional(),
  /** Which of the profile's welcome topics to show. */
  topicsWelcome: textList('Topics welcome').optional(),
  /** Which of the profile's declined topics to show under "Please don't ask about". */
  topicsDeclined: textList('Topics declined').optional(),
  paper: paperSchema.optional(),
  /**
   * Recorded confirmations (ids from sheet:confirmPrivateItem) to honour for this export. Left out, every
   * recorded confirmation that still matches applies; given, only these do.
   */
  confirmedPrivateItems: z.array(idSchema).max(60, { message: 'Too many confirmations' }).optional(),
});
export type SheetOptions = z.infer<typeof sheetOptionsSchema>;

export const packOptionsSchema = z.strictObject({
  paper: paperSchema.optional(),
});
export type PackOptions = z.infer<typeof packOptionsSchema>;
