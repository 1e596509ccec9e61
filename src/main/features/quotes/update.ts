import { quoteFieldLabel } from '../../../shared/features/quotes/approval';
import { applyQuotePatch, quoteFieldsChanged } from '../../../shared/features/quotes/patch';
import {
  quoteFieldsOf,
  quoteFieldsSchema,
  STATUS_LABELS,
  type Quote,
  type QuoteFields,
  type QuotePatch,
} from '../../../shared/features/quotes/schemas';
import { AppError } from '../../../shared/result';
import { afterWrite, staleFields } from '../../db/field-versions';
import type { RevisionService } from '../history/service';
import type { QuoteRepository } from './repository';

/** Consent belongs to the ambassador at every stage: it may be changed or withdrawn until publication. */
const ALWAYS_EDITABLE: readonly string[] = ['consentNotes', 'consentUnrestricted', 'consentWithdrawn'];

const FIELD_NAMES: Readonly<Record<string, string>> = {
  houseId: 'Key message link',
  pillarId: 'Key message link',
  consentNotes: 'Consent notes',
  consentUnrestricted: 'No restrictions',
  consentWithdrawn: 'Consent withdrawn',
};

export function staleQuoteMessage(fields: readonly string[]): string {
  const names = [...new Set(fields.map((f) => FIELD_NAMES[f] ?? quoteFieldLabel(f)))].join(', ');
  return `This quote was changed in another window since you opened it (${names}), so your change was not saved. Compare the two texts and choose which to keep.`;
}

export interface QuoteUpdateDeps {
  quotes: QuoteRepository;
  revisions: RevisionService;
  require(id: string): Quote;
  assertLinks(ambassadorId: string, fields: QuoteFields): void;
  now(): string;
}

/**
 * A patch based on `baseVersion` (see `src/main/db/field-versions.ts` for the rule): refused with nothing written
 * when a field it changes was changed after that version; otherwise applied over the stored quote, so edits to
 * other fields made elsewhere in the meantime are kept. `keepReplaced`: the stored text goes into the history
 * first, whatever the snapshot window (the editor resolving a conflict by replacing the other text).
 */
export function updateQuote(
  deps: QuoteUpdateDeps,
  id: string,
  baseVersion: number,
  patch: QuotePatch,
  keepReplaced = false,
): Quote {
  const current = deps.require(id);
  const before = quoteFieldsOf(current);
  const changed = quoteFieldsChanged(before, patch);
  if (current.status !== 'draft' && changed.some((field) => !ALWAYS_EDITABLE.includes(field))) {
    throw new AppError(
      'CONFLICT',
      current.status === 'approved'
        ? 'This quote is approved, so its text is locked. Use "Edit as new draft" to change it.'
        : `This quote is ${STATUS_LABELS[current.status].toLowerCase()}, so its text cannot be changed.`,
    );
  }
  const record = deps.quotes.fieldVersions(id);
  const stale = staleFields(record, current.version, baseVersion, changed);
  if (stale.length > 0) throw new AppError('CONFLICT', staleQuoteMessage(stale));
  if (changed.length === 0) return current;
  const next = quoteFieldsSchema.parse(applyQuotePatch(before, patch));
  deps.assertLinks(current.ambassadorId, next);
  deps.revisions.recordBefore('quote', id, before, 'edit', { always: keepReplaced });
  const written = deps.quotes.update(
    id,
    current.version,
    next,
    afterWrite(record, current.version, changed),
    deps.now(),
  );
  if (!written) throw new AppError('CONFLICT', staleQuoteMessage(changed));
  return deps.require(id);
}
