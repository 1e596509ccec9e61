import { sha256Hex } from '../../sha256';
import type { QuoteFields } from './schemas';

/** The fields an approval covers: what will be printed and where. Consent stays the ambassador's to change. */
export type ApprovableFields = Pick<QuoteFields, 'text' | 'variants' | 'outlet' | 'occasion'>;

/**
 * One canonical string of a quote's approvable fields: a JSON array in a fixed order, so the same words always
 * give the same string whatever order an object's keys arrived in.
 */
export function approvableText(q: ApprovableFields): string {
  const v = q.variants;
  return JSON.stringify([q.text, q.outlet, q.occasion, v.pressRelease, v.soundbite, v.social, v.socialPlatform]);
}

/**
 * SHA-256 (hex) of the approvable fields. The review queue and the editor send the hash of the text they show;
 * the backend approves only when it matches the stored text, and keeps it as the approved hash.
 */
export function quoteTextHash(q: ApprovableFields): string {
  return sha256Hex(approvableText(q));
}

export const textHashSchemaMessage = 'Expected the SHA-256 of the quote’s text, as 64 hex digits';

export function textChangedMessage(action: 'approve' | 'sendBack'): string {
  return action === 'approve'
    ? 'This quote changed after you opened it; read the new text, then approve.'
    : 'This quote changed after you opened it; read the new text, then send it back.';
}
