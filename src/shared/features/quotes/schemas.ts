import type { NeedsRepair } from '../repair/schemas';
import { z } from 'zod';
import { LIMITS } from '../../limits';
import { idSchema, pickFields, text, type Timestamps } from '../../fields';

/** A hard cap against runaway input only; the live checks say when a quote is too long for its use. */
export const QUOTE_TEXT_LIMIT = 10_000;

export const QUOTE_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export const SOCIAL_PLATFORMS = ['x', 'bluesky', 'threads', 'instagram', 'linkedin', 'facebook'] as const;

export const quoteVariantsSchema = z.strictObject({
  pressRelease: text(QUOTE_TEXT_LIMIT, 'Press release version'),
  soundbite: text(QUOTE_TEXT_LIMIT, 'Soundbite version'),
  social: text(QUOTE_TEXT_LIMIT * 2, 'Social post'),
  socialPlatform: z.enum(SOCIAL_PLATFORMS),
});
export type QuoteVariants = z.infer<typeof quoteVariantsSchema>;

export const quoteFieldsSchema = z.strictObject({
  houseId: idSchema.nullable(),
  pillarId: idSchema.nullable(),
  text: text(QUOTE_TEXT_LIMIT, 'Quote'),
  outlet: text(LIMITS.shortText, 'Outlet'),
  occasion: text(LIMITS.shortText, 'Occasion'),
  variants: quoteVariantsSchema,
  /** Where the ambassador agrees this quote may be used (per use, DOMAIN.md). */
  consentNotes: text(LIMITS.shortBio, 'Consent notes'),
  /**
   * The ambassador's explicit "no restrictions on where this quote is used", instead of notes. Optional, not
   * defaulted: quotes stored before it existed still parse, and a default would put `false` into every partial
   * patch and untick it on each save.
   */
  consentUnrestricted: z.boolean().optional(),
  consentWithdrawn: z.boolean(),
});
export type QuoteFields = z.infer<typeof quoteFieldsSchema>;
/**
 * A change to some of a quote's fields. Variants are merged field by field (`{ variants: { soundbite } }`), so
 * two windows editing two different versions of the quote do not overwrite each other.
 */
export const quotePatchSchema = quoteFieldsSchema
  .omit({ variants: true })
  .partial()
  .extend({ variants: quoteVariantsSchema.partial().optional() });
export type QuotePatch = z.infer<typeof quotePatchSchema>;

export interface Quote extends QuoteFields, Timestamps {
  id: string;
  ambassadorId: string;
  status: QuoteStatus;
  approvedBy: string | null;
  approvedAt: string | null;
  /** When an approved quote is edited, the edit becomes a new draft that points back to it. */
  parentId: string | null;
  /** Bumped on every change (migration 0080); an update names the version it was based on. */
  version: number;
  /** The laptop that made the last change. */
  deviceId: string;
  /** `quoteTextHash` of the text the trainer approved, so the approval stays bound to exactly that text. */
  approvedHash: string | null;
  /** Set when part of the stored record could not be read: it is kept as stored and edits are refused until repaired. */
  needsRepair?: NeedsRepair;
}

export const quoteFieldsOf = (q: Quote): QuoteFields => pickFields(quoteFieldsSchema, q);

export function emptyQuoteFields(): QuoteFields {
  return {
    houseId: null,
    pillarId: null,
    text: '',
    outlet: '',
    occasion: '',
    variants: { pressRelease: '', soundbite: '', social: '', socialPlatform: 'x' },
    consentNotes: '',
    consentUnrestricted: false,
    consentWithdrawn: false,
  };
}

export const QUOTE_ACTIONS = ['submit', 'approve', 'sendBack', 'retire'] as const;
export type QuoteAction = (typeof QUOTE_ACTIONS)[number];

/** The status machine. Anything not listed is refused. */
export const QUOTE_TRANSITIONS: Readonly<
  Record<QuoteAction, { from: readonly QuoteStatus[]; to: QuoteStatus; trainerOnly: boolean }>
> = {
  submit: { from: ['draft'], to: 'in_review', trainerOnly: false },
  approve: { from: ['in_review'], to: 'approved', trainerOnly: true },
  sendBack: { from: ['in_review'], to: 'draft', trainerOnly: true },
  retire: { from: ['draft', 'in_review', 'approved'], to: 'retired', trainerOnly: false },
};

export function nextStatus(current: QuoteStatus, action: QuoteAction): QuoteStatus | null {
  const rule = QUOTE_TRANSITIONS[action];
  return rule.from.includes(current) ? rule.to : null;
}

export const STATUS_LABELS: Readonly<Record<QuoteStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

export function quoteTexts(q: QuoteFields): Array<{ field: string; text: string }> {
  return [
    { field: 'text', text: q.text },
    { field: 'variants.pressRelease', text: q.variants.pressRelease },
    { field: 'variants.soundbite', text: q.variants.soundbite },
    { field: 'variants.social', text: q.variants.social },
    { field: 'outlet', text: q.outlet },
    { field: 'occasion', text: q.occasion },
  ].filter((entry) => entry.text.trim() !== '');
}
