import { useState } from 'react';
import { quoteFieldsOf, type Quote, type QuoteFields, type QuotePatch, type QuoteVariants } from '../../../../shared/features/quotes/schemas';
import { useApi } from '../../api/ApiProvider';
import { issuesByField } from '../../api/result';
import { notifyError } from '../../components/notify';
import { useAutosave, type Autosave } from '../../components/useAutosave';

export interface QuoteEditor {
  values: QuoteFields;
  errors: Record<string, string>;
  autosave: Autosave<QuotePatch>;
  set<K extends keyof QuoteFields>(key: K, value: QuoteFields[K]): void;
  setVariant<K extends keyof QuoteVariants>(key: K, value: QuoteVariants[K]): void;
  setLink(houseId: string | null, pillarId: string | null): void;
}

/** Editing state of one quote; each change is a patch of the top-level field it touched, autosaved. */
export function useQuoteEditor(quote: Quote): QuoteEditor {
  const api = useApi();
  const [values, setValues] = useState<QuoteFields>(() => quoteFieldsOf(quote));
  const autosave = useAutosave((patch: QuotePatch) => api['quote:update']({ id: quote.id, patch }), {
    onLostError: (error) => notifyError(error, 'Your last change to the quote was not saved'),
  });
  const apply = (patch: QuotePatch) => {
    setValues((previous) => ({ ...previous, ...patch }));
    autosave.queue(patch);
  };
  return {
    values,
    errors: issuesByField(autosave.state.error),
    autosave,
    set: (key, value) => apply({ [key]: value } as QuotePatch),
    setVariant: (key, value) => apply({ variants: { ...values.variants, [key]: value } }),
    setLink: (houseId, pillarId) => apply({ houseId, pillarId }),
  };
}
