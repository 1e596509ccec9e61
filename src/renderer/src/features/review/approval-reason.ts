import { consentSaysWhere, describeFindings, type QuoteFinding } from '../../../../shared/features/quotes/approval';
import type { Quote } from '../../../../shared/features/quotes/schemas';

/**
 * Why Approve is not available yet, in one line, or null when it is. The backend refuses the same cases; this
 * only says so before the trainer tries.
 */
export function approvalBlocker(
  quote: Pick<Quote, 'consentWithdrawn' | 'consentNotes' | 'consentUnrestricted'>,
  findings: readonly QuoteFinding[] | undefined,
  read: boolean,
): string | null {
  if (quote.consentWithdrawn) return 'Cannot be approved: the ambassador has withdrawn consent.';
  if (!consentSaysWhere(quote))
    return 'Cannot be approved yet: the ambassador has not said where this quote may be used.';
  if (findings === undefined) return 'Checking the quote for findings…';
  if (findings.length > 0 && !read) return `Tick that you have read the ${describeFindings(findings)} to approve.`;
  return null;
}

/** Where the ambassador agreed the quote may be used, in the words the queue shows. */
export function consentLine(quote: Pick<Quote, 'consentNotes' | 'consentUnrestricted'>): string {
  const notes = quote.consentNotes.trim();
  if (quote.consentUnrestricted) return `Where it may be used: no restrictions${notes ? ` (${notes})` : ''}`;
  return `Where it may be used: ${notes || 'not said yet'}`;
}
