import {
  CONSENT_MISSING_MESSAGE,
  consentSaysWhere,
  unreadFindings,
  unreadFindingsMessage,
  type QuoteFinding,
} from '../../../shared/features/quotes/approval';
import type { Quote } from '../../../shared/features/quotes/schemas';
import { quoteTextHash, textChangedMessage } from '../../../shared/features/quotes/text-hash';
import { AppError } from '../../../shared/result';

/**
 * A quote is approved only with the ambassador's consent for a known use (DOMAIN.md) and after the trainer has
 * read every open safeguarding and language finding: the screens explain this, the backend holds to it.
 */
export function assertApprovable(
  quote: Quote,
  findings: readonly QuoteFinding[],
  acknowledged: readonly string[] = [],
): void {
  if (quote.consentWithdrawn) {
    throw new AppError('CONFLICT', 'The ambassador has withdrawn consent for this quote, so it cannot be approved.');
  }
  if (!consentSaysWhere(quote)) throw new AppError('CONFLICT', CONSENT_MISSING_MESSAGE);
  const unread = unreadFindings(findings, acknowledged);
  if (unread.length > 0) throw new AppError('CONFLICT', unreadFindingsMessage(unread));
}

/** Approving and sending back act on the text the trainer read: its hash must match the stored text's. */
export function assertTextSeen(q: Quote, action: 'approve' | 'sendBack', textHash: string | undefined): void {
  if (textHash === undefined) throw new AppError('VALIDATION', 'Approving or sending back needs the text you read.');
  if (textHash !== quoteTextHash(q)) throw new AppError('CONFLICT', textChangedMessage(action));
}
