/** Every bundle in the malicious corpus is refused, each with its own message, and nothing else happens. */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BUNDLE_BYTES } from '../../../shared/features/bundles/schemas';
import { type AppError } from '../../../shared/result';
import { decryptZip } from './encryption';
import { buildMaliciousCorpus, type CorpusEntry } from './corpus.test-support';
import { EXAMPLE_PASSPHRASE } from './example.test-support';
import { readBundle, readManifest } from './read';
import { BundleRefusalError } from './refusals';

let corpus: CorpusEntry[] = [];

beforeAll(async () => {
  corpus = await buildMaliciousCorpus();
}, 60_000);

/** The entries that test the encryption: all others must decrypt, so the check they aim at is reached. */
const ENCRYPTION_CASES = /^(wrong passphrase|truncated|extended|header|payload|not age|age )/;

describe('the malicious bundle corpus', () => {
  it('has every kind the importer is proven against', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('refuses each with its own one-line message', async () => {
    const messages = new Map<string, string>();
    for (const entry of corpus) {
      const error = await readBundle(entry.bytes, entry.passphrase).catch((e: unknown) => e);
      expect(error, entry.name).toBeInstanceOf(BundleRefusalError);
      const { message, code } = error as AppError;
      expect(message, entry.name).toMatch(entry.expect);
      expect(message, entry.name).not.toMatch(/\n/);
      expect(['VALIDATION', 'UNSUPPORTED', 'TOO_LARGE'], entry.name).toContain(code);
      messages.set(entry.name, message);
    }
    // Distinct reasons read differently (the corpus repeats some reasons on purpose, e.g. five unsafe names).
    expect(new Set(messages.values()).size).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('refuses the same way when only the manifest is read (inspect), up to the manifest', async () => {
    for (const entry of corpus.filter((c) => !/blob|JSONL|rows|larger than it declares/.test(c.name))) {
      await expect(readManifest(entry.bytes, entry.passphrase), entry.name).rejects.toThrow(entry.expect);
    }
  }, 60_000);

  it('holds real age files under their passphrase, except the cases about encryption', async () => {
    for (const entry of corpus.filter((c) => !ENCRYPTION_CASES.test(c.name))) {
      await expect(decryptZip(entry.bytes, entry.passphrase, 20), entry.name).resolves.toBeInstanceOf(Uint8Array);
    }
  }, 60_000);

  it('refuses a file over the size limit before decrypting it', async () => {
    const huge = new Uint8Array(MAX_BUNDLE_BYTES + 1);
    const error = (await readBundle(huge, EXAMPLE_PASSPHRASE).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/larger than 256 MB/);
  });
});
