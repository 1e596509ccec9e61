import { quoteTextHash } from '../../shared/features/quotes/text-hash';
import type { Services } from '../backend/services';

/**
 * The hash of a quote's stored text, as a trainer who has just read it would send with "Approve" or "Send back"
 * (the services refuse those for any other text).
 */
export function seen(services: Services, quoteId: string): string {
  return quoteTextHash(services.quotes.get(quoteId));
}
