/**
 * Hashing trainer secrets and workspace PINs with scrypt. The async form runs on libuv's thread pool, so a
 * check (tens of milliseconds by design) never blocks the server or the Electron main process.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/** Cost for new secrets: about 50-100 ms on a laptop, 32 MiB of memory per check. */
const COST = { N: 32768, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export const storedSecretSchema = z.object({
  salt: z.string(),
  hash: z.string(),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
});
export type StoredSecret = z.infer<typeof storedSecretSchema>;

function derive(secret: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    // NFKC: the same PIN typed on another keyboard layout (full-width digits) is the same PIN.
    scrypt(secret.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashSecret(secret: string): Promise<StoredSecret> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, COST);
  return { salt: salt.toString('base64'), hash: key.toString('base64'), ...COST };
}

export async function verifySecret(secret: string, stored: StoredSecret): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(secret, Buffer.from(stored.salt, 'base64'), stored);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
