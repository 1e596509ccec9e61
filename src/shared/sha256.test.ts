import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

/** The platform's own SHA-256 (Web Crypto, in Node and in browsers), to check the synchronous one against. */
async function platform(s: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches Web Crypto for lengths around the block edges and for non-Latin text', async () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      expect(sha256Hex('x'.repeat(n))).toBe(await platform('x'.repeat(n)));
    }
    for (const s of ['Привіт, світ', 'مرحبا 👋🏽', 'e\u0301\u200b']) expect(sha256Hex(s)).toBe(await platform(s));
  });
});
