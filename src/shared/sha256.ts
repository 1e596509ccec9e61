import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a string's UTF-8 bytes, as lowercase hex. Synchronous and pure (the audited @noble/hashes), so the
 * backend can check a hash inside a database transaction and the renderer computes exactly the same value; Web
 * Crypto is asynchronous, which a better-sqlite3 transaction cannot wait for.
 */
export function sha256Hex(message: string): string {
  return bytesToHex(sha256(utf8ToBytes(message)));
}
