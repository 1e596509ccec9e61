import type { Severity } from '../../checks/types';
import type { QuoteFields } from './schemas';

/**
 * What a trainer must have seen before approving a quote. Kept apart from the checks themselves (which run in
 * the backend) so the review screens get the types and wording without loading the language guide.
 */

/** Privacy and wording are what a reviewer must look at; length and readability are the writer's business. */
export const REVIEW_FINDING_KINDS = ['safeguarding', 'language'] as const;
export type ReviewFindingKind = (typeof REVIEW_FINDING_KINDS)[number];

/** A live-check finding on one of a quote's texts, as the review queue carries it (never the private value). */
export interface QuoteFinding {
  /**
   * Names the field, the check and a fingerprint of the checked text: when the text changes, so does the id,
   * and a trainer who read the old findings is asked again.
   */
  id: string;
  kind: ReviewFindingKind;
  severity: Severity;
  /** Which text of the quote it is in: `text`, `variants.soundbite`, `outlet`…, or `ALL_TEXTS`. */
  field: string;
  message: string;
  suggestion: string;
}

/** The field of a finding about the quote's texts together (details that identify someone between them). */
export const ALL_TEXTS = '*';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  [ALL_TEXTS]: 'All the quote’s texts together',
  text: 'Quote',
  'variants.pressRelease': 'Press release version',
  'variants.soundbite': 'Broadcast soundbite',
  'variants.social': 'Social post',
  outlet: 'Outlet',
  occasion: 'Occasion',
};

/** The editor's name for a quote's text, so the queue and the editor call it the same thing. */
export function quoteFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** The label of the consent choice in the quote editor; the refusal below names it, so they must match. */
export const NO_RESTRICTIONS_LABEL = 'No restrictions on where this quote is used';

/** Consent is per use (DOMAIN.md): approval needs the notes to say where, or the explicit "no restrictions". */
export function consentSaysWhere(q: Pick<QuoteFields, 'consentNotes' | 'consentUnrestricted'>): boolean {
  return q.consentUnrestricted === true || q.consentNotes.trim() !== '';
}

export const CONSENT_MISSING_MESSAGE = `This quote cannot be approved until its consent notes say where it may be used, or the ambassador chooses “${NO_RESTRICTIONS_LABEL}”.`;

/** The findings not in the list the trainer said they have read. */
export function unreadFindings(findings: readonly QuoteFinding[], read: readonly string[] = []): QuoteFinding[] {
  const seen = new Set(read);
  return findings.filter((f) => !seen.has(f.id));
}

/** "1 safeguarding finding and 2 language findings": what is open, by kind. */
export function describeFindings(findings: readonly QuoteFinding[]): string {
  const parts = REVIEW_FINDING_KINDS.map((kind) => {
    const n = findings.filter((f) => f.kind === kind).length;
    return n === 0 ? '' : `${n} ${kind} finding${n === 1 ? '' : 's'}`;
  }).filter(Boolean);
  return parts.join(' and ');
}

export function unreadFindingsMessage(unread: readonly QuoteFinding[]): string {
  return `Read this quote’s open findings before approving it: ${describeFindings(unread)}.`;
}
