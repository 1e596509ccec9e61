import type { NeedsRepair } from '../repair/schemas';
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { idSchema, pickFields, text, textList, type Timestamps } from '../../fields';

/** How an ambassador is named in public: the sheet and anything shown to press follows this. */
export const NAME_MODES = ['full', 'first', 'pseudonym'] as const;
export const nameModeSchema = z.enum(NAME_MODES);
export type NameMode = z.infer<typeof nameModeSchema>;

export const PRIVATE_DETAIL_KINDS = [
  'home_town',
  'current_location',
  'immigration_status',
  'employer',
  'family_name',
  'other',
] as const;
export const privateDetailSchema = z.strictObject({
  kind: z.enum(PRIVATE_DETAIL_KINDS),
  value: text(LIMITS.listItem, 'Private detail'),
});
export type PrivateDetail = z.infer<typeof privateDetailSchema>;

export const ambassadorFieldsSchema = z.strictObject({
  cohortId: idSchema.nullable(),
  fullName: text(LIMITS.name, 'Full name'),
  firstName: text(LIMITS.name, 'First name'),
  pseudonym: text(LIMITS.name, 'Pseudonym'),
  nameMode: nameModeSchema,
  pronouns: text(LIMITS.pronouns, 'Pronouns'),
  role: text(LIMITS.shortText, 'Role'),
  languages: textList('Languages'),
  shortBio: text(LIMITS.shortBio, 'Short bio'),
  longBio: text(LIMITS.longBio, 'Long bio'),
  photoConsent: z.boolean(),
  topicsWelcome: textList('Topics welcome'),
  topicsDeclined: textList('Topics declined'),
  privateDetails: z
    .array(privateDetailSchema)
    .max(LIMITS.listLength, { message: `Private details: at most ${LIMITS.listLength} entries` }),
});
export type AmbassadorFields = z.infer<typeof ambassadorFieldsSchema>;

export const ambassadorPatchSchema = ambassadorFieldsSchema.partial();
export type AmbassadorPatch = z.infer<typeof ambassadorPatchSchema>;

export interface Ambassador extends AmbassadorFields, Timestamps {
  id: string;
  hasPhoto: boolean;
  archivedAt: string | null;
  /** Bumped on every change (migration 0080); the profile editor names the version it was based on. */
  version: number;
  /** The laptop that made the last change. */
  deviceId: string;
  /** Set when part of the stored record could not be read: it is kept as stored and edits are refused until repaired. */
  needsRepair?: NeedsRepair;
}

/** What the ambassador switcher and lists need, without bios and private details. */
export interface AmbassadorSummary {
  id: string;
  cohortId: string | null;
  displayName: string;
  publicName: string;
  nameMode: NameMode;
  role: string;
  hasPhoto: boolean;
  archivedAt: string | null;
  updatedAt: string;
}

export const ambassadorFieldsOf = (a: Ambassador): AmbassadorFields => pickFields(ambassadorFieldsSchema, a);

export function emptyAmbassadorFields(): AmbassadorFields {
  return {
    cohortId: null,
    fullName: '',
    firstName: '',
    pseudonym: '',
    nameMode: 'first',
    pronouns: '',
    role: '',
    languages: [],
    shortBio: '',
    longBio: '',
    photoConsent: false,
    topicsWelcome: [],
    topicsDeclined: [],
    privateDetails: [],
  };
}

/** The first word of the full name, used when no first name was given. */
function firstNameOf(a: Pick<AmbassadorFields, 'fullName' | 'firstName'>): string {
  const explicit = a.firstName.trim();
  if (explicit) return explicit;
  return a.fullName.trim().split(/\s+/u)[0] ?? '';
}

/**
 * The name the public may see. It never falls back to a more identifying name than the mode allows:
 * a pseudonym ambassador without a pseudonym is "Ambassador", not their real name.
 */
export function publicName(a: Pick<AmbassadorFields, 'fullName' | 'firstName' | 'pseudonym' | 'nameMode'>): string {
  switch (a.nameMode) {
    case 'full':
      return a.fullName.trim() || firstNameOf(a) || 'Ambassador';
    case 'first':
      return firstNameOf(a) || 'Ambassador';
    case 'pseudonym':
      return a.pseudonym.trim() || 'Ambassador';
  }
}

/** The name used inside the app (on this laptop), which may be more personal than the public one. */
export function displayName(a: Pick<AmbassadorFields, 'fullName' | 'firstName' | 'pseudonym' | 'nameMode'>): string {
  return a.fullName.trim() || a.firstName.trim() || a.pseudonym.trim() || 'Unnamed ambassador';
}

export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export type PhotoMime = (typeof PHOTO_MIME_TYPES)[number];

/** Recognise an image by its first bytes; the declared type or file name is never trusted. */
export function sniffImageType(bytes: Uint8Array): PhotoMime | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.length < 12) return null;
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  const riff = starts(0x52, 0x49, 0x46, 0x46);
  const webp = bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
  if (riff && webp) return 'image/webp';
  return null;
}

/** An image as stored: its sniffed type and bytes. */
export interface Photo {
  mime: string;
  bytes: Uint8Array;
}
