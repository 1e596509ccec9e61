import { useState } from 'react';
import type { Quote, QuoteFields, QuotePatch, QuoteVariants } from '../../../../shared/features/quotes/schemas';
import { useApi, useQueryCache } from '../../api/ApiProvider';
import { putInList, WRITING_KEYS } from '../../api/hooks-writing';
import { issuesByField } from '../../api/result';
import { notifyError } from '../../components/notify';
import { useAutosave, type Autosave } from '../../components/useAutosave';

export function quoteFieldsOf(q: Quote): QuoteFields {
  const { id: _i, ambassadorId: _a, status: _s, approvedBy: _b, approvedAt: _t, parentId: _p, createdAt: _c, updatedAt: _u, ...fields } =
    q;
  return fields;
}

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
  const cache = useQueryCache();
  const [values, setValues] = useState<QuoteFields>(() => quoteFieldsOf(quote));
  const autosave = useAutosave((patch: QuotePatch) => api['quote:update']({ id: quote.id, patch }), {
    onSaved: (saved) => putInList(cache, WRITING_KEYS.quotes(saved.ambassadorId), saved),
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
