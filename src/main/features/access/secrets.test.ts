/** Secrets are kept as salted scrypt hashes; the same PIN typed on another keyboard layout still matches. */
import { describe, expect, it } from 'vitest';
import { hashSecret, storedSecretSchema, verifySecret } from './secrets';

describe('secrets', () => {
  it('stores a fresh 16-byte salt and a 32-byte key with the cost it was made with, never the secret', async () => {
    const a = await hashSecret('246810');
    const b = await hashSecret('246810');
    expect(storedSecretSchema.parse(a)).toEqual(a);
    expect({ N: a.N, r: a.r, p: a.p }).toEqual({ N: 32768, r: 8, p: 1 });
    expect(Buffer.from(a.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(a.hash, 'base64')).toHaveLength(32);
    expect(a.salt).not.toBe(b.salt);
    expect(JSON.stringify(a)).not.toContain('246810');
  });

  it('verifies the right secret, full-width digits included, and refuses any other', async () => {
    const stored = await hashSecret('246810');
    expect(await verifySecret('246810', stored)).toBe(true);
    expect(await verifySecret('２４６８１０', stored)).toBe(true);
    expect(await verifySecret('246811', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('uses the cost stored with the hash, and refuses a stored hash of another length', async () => {
    const stored = await hashSecret('246810');
    expect(await verifySecret('246810', { ...stored, N: 16384 })).toBe(false);
    const short = { ...stored, hash: Buffer.from(stored.hash, 'base64').subarray(0, 16).toString('base64') };
    expect(await verifySecret('246810', short)).toBe(false);
  });
});
