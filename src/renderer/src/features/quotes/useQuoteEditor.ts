import {
  quoteFieldsOf,
  type Quote,
  type QuoteFields,
  type QuoteVariants,
} from '../../../../shared/features/quotes/schemas';
import { useApi } from '../../api/ApiProvider';
import { usePatchEditor, type PatchEditor } from '../../components/usePatchEditor';

export interface QuoteEditor extends PatchEditor<QuoteFields> {
  setVariant<K extends keyof QuoteVariants>(key: K, value: QuoteVariants[K]): void;
  setLink(houseId: string | null, pillarId: string | null): void;
}

/** Editing state of one quote; each change is a patch of the top-level field it touched, autosaved. */
export function useQuoteEditor(quote: Quote): QuoteEditor {
  const api = useApi();
  const editor = usePatchEditor(
    () => quoteFieldsOf(quote),
    (patch) => api['quote:update']({ id: quote.id, patch }),
    'Your last change to the quote was not saved',
  );
  const { values, apply } = editor;
  return {
    ...editor,
    setVariant: (key, value) => apply({ variants: { ...values.variants, [key]: value } }),
    setLink: (houseId, pillarId) => apply({ houseId, pillarId }),
  };
}
