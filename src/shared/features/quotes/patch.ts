import { quoteFieldsSchema, type QuoteFields, type QuotePatch, type QuoteVariants } from './schemas';

/**
 * Quote patches, the same on both sides: the backend applies them and the editor applies its unsaved ones
 * over each answer, so both see the same result.
 */

export function applyQuotePatch(fields: QuoteFields, patch: QuotePatch): QuoteFields {
  const { variants, ...rest } = patch;
  return { ...fields, ...rest, variants: { ...fields.variants, ...variants } };
}

/** Two unsaved patches as one; the later wins field by field, variants included. */
export function mergeQuotePatches(earlier: QuotePatch, later: QuotePatch): QuotePatch {
  const merged: QuotePatch = { ...earlier, ...later };
  if (earlier.variants || later.variants) merged.variants = { ...earlier.variants, ...later.variants };
  return merged;
}

const TOP_KEYS = Object.keys(quoteFieldsSchema.shape).filter((k) => k !== 'variants') as Array<
  Exclude<keyof QuoteFields, 'variants'>
>;
const VARIANT_KEYS = Object.keys(quoteFieldsSchema.shape.variants.shape) as Array<keyof QuoteVariants>;

/**
 * The names of the fields a patch would change in `fields` (`text`, `variants.soundbite`…): a field the patch
 * sets to the value it already has is not a change, so it can neither conflict nor count as edited.
 */
export function quoteFieldsChanged(fields: QuoteFields, patch: QuotePatch): string[] {
  const changed: string[] = TOP_KEYS.filter((k) => k in patch && patch[k] !== fields[k]);
  for (const k of VARIANT_KEYS) {
    if (patch.variants && k in patch.variants && patch.variants[k] !== fields.variants[k])
      changed.push(`variants.${k}`);
  }
  return changed;
}

/** The patch that turns `from` into `to` (for "keep mine" and "merge by hand", saved on top of theirs). */
export function quoteDiffPatch(from: QuoteFields, to: QuoteFields): QuotePatch {
  const patch: Record<string, unknown> = {};
  for (const k of TOP_KEYS) if (from[k] !== to[k]) patch[k] = to[k];
  const variants: Partial<Record<keyof QuoteVariants, string>> = {};
  for (const k of VARIANT_KEYS) if (from.variants[k] !== to.variants[k]) variants[k] = to.variants[k];
  if (Object.keys(variants).length > 0) patch.variants = variants;
  return patch as QuotePatch;
}
