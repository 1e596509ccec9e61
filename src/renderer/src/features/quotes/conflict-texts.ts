import type { QuoteFields, QuoteVariants } from '../../../../shared/features/quotes/schemas';
import type { ConflictText } from '../../components/conflict-texts';

type TextKey =
  'text' | 'outlet' | 'occasion' | 'consentNotes' | `variants.${Exclude<keyof QuoteVariants, 'socialPlatform'>}`;

const TEXTS: ReadonlyArray<{ key: TextKey; label: string }> = [
  { key: 'text', label: 'Quote' },
  { key: 'variants.pressRelease', label: 'Press release version' },
  { key: 'variants.soundbite', label: 'Broadcast soundbite' },
  { key: 'variants.social', label: 'Social post' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'occasion', label: 'Occasion' },
  { key: 'consentNotes', label: 'Consent notes' },
];

function read(f: QuoteFields, key: TextKey): string {
  return key.startsWith('variants.') ? f.variants[key.slice(9) as keyof QuoteVariants] : f[key as 'text'];
}

/** Every text of a quote, theirs beside mine, as the changed-elsewhere dialog shows them. */
export function quoteConflictTexts(theirs: QuoteFields, mine: QuoteFields): ConflictText[] {
  return TEXTS.map(({ key, label }) => ({ key, label, theirs: read(theirs, key), mine: read(mine, key) }));
}

/** Mine with the texts merged by hand written in. */
export function withQuoteTexts(mine: QuoteFields, merged: Record<string, string>): QuoteFields {
  const next: QuoteFields = { ...mine, variants: { ...mine.variants } };
  for (const { key } of TEXTS) {
    const value = merged[key];
    if (value === undefined) continue;
    if (key.startsWith('variants.')) next.variants = { ...next.variants, [key.slice(9)]: value };
    else next[key as 'text'] = value;
  }
  return next;
}
