import { quoteFieldsSchema, type QuoteFields } from '../../../../shared/features/quotes/schemas';

export interface QuoteText {
  label: string;
  get(fields: QuoteFields): string;
}

/** The quote's wordings, as the editor names them: what "Compare versions" sets side by side. */
export const QUOTE_WORDINGS: readonly QuoteText[] = [
  { label: 'Quote', get: (f) => f.text },
  { label: 'Press release version', get: (f) => f.variants.pressRelease },
  { label: 'Broadcast soundbite', get: (f) => f.variants.soundbite },
  { label: 'Social post', get: (f) => f.variants.social },
];

/** Every text of a quote: what the safeguarding check reads and a saved version shows. */
export const QUOTE_TEXTS: readonly QuoteText[] = [
  ...QUOTE_WORDINGS,
  { label: 'Outlet', get: (f) => f.outlet },
  { label: 'Occasion', get: (f) => f.occasion },
];

/** A saved version's fields (its status left aside), or null when it is in a format this app cannot read. */
export function fieldsFromSnapshot(snapshot: unknown): QuoteFields | null {
  if (snapshot === null || typeof snapshot !== 'object') return null;
  const { status: _s, ...rest } = snapshot as Record<string, unknown>;
  const parsed = quoteFieldsSchema.safeParse(rest);
  return parsed.success ? parsed.data : null;
}
