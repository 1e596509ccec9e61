import { applyQuotePatch, mergeQuotePatches, quoteDiffPatch } from '../../../../shared/features/quotes/patch';
import {
  quoteFieldsOf,
  type Quote,
  type QuoteFields,
  type QuotePatch,
  type QuoteVariants,
} from '../../../../shared/features/quotes/schemas';
import { useApi } from '../../api/ApiProvider';
import { useVersionedEditor, type VersionedEditor } from '../../components/useVersionedEditor';

export interface QuoteEditor extends VersionedEditor<QuoteFields, QuotePatch, Quote> {
  set<K extends keyof QuoteFields>(key: K, value: QuoteFields[K]): void;
  setVariant<K extends keyof QuoteVariants>(key: K, value: QuoteVariants[K]): void;
  setLink(houseId: string | null, pillarId: string | null): void;
}

/**
 * Editing state of one quote; each change is a patch of the field it touched (a variant on its own), autosaved
 * on top of the version the editor last saw, so another window's edit to another field is kept.
 */
export function useQuoteEditor(quote: Quote): QuoteEditor {
  const api = useApi();
  const editor = useVersionedEditor<QuoteFields, QuotePatch, Quote>({
    record: quote,
    fieldsOf: quoteFieldsOf,
    applyPatch: applyQuotePatch,
    merge: mergeQuotePatches,
    diff: quoteDiffPatch,
    save: (patch, baseVersion, keepReplaced) =>
      api['quote:update']({ id: quote.id, baseVersion, patch, ...(keepReplaced ? { keepReplaced } : {}) }),
    load: () => api['quote:get']({ id: quote.id }),
    lostTitle: 'Your last change to the quote was not saved',
  });
  const { apply } = editor;
  return {
    ...editor,
    set: (key, value) => apply({ [key]: value } as QuotePatch),
    setVariant: (key, value) => apply({ variants: { [key]: value } }),
    setLink: (houseId, pillarId) => apply({ houseId, pillarId }),
  };
}
