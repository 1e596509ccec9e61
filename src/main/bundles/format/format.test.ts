/** Bundles written and read back: contents, the manifest's counts, the writer's own refusals, and timing. */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type AppError } from '../../../shared/result';
import { sha256Hex, withHoldings } from './contents';
import { decryptZip } from './encryption';
import { AMBASSADOR_ID, EXAMPLE_PASSPHRASE, exampleContents } from './example.test-support';
import { readBundle, readManifest } from './read';
import { buildZip, writeBundle } from './write';
import { readZipDirectory } from './zip-directory';

describe('writeBundle and readBundle', () => {
  it('round-trips tables, tombstones, blobs and text in any script', async () => {
    const contents = exampleContents();
    const bytes = await writeBundle(contents, EXAMPLE_PASSPHRASE);
    expect(new TextDecoder().decode(bytes.subarray(0, 40))).toMatch(/^age-encryption\.org\/v1\n-> scrypt /);
    const read = await readBundle(bytes, EXAMPLE_PASSPHRASE);
    expect(read.tables).toEqual(contents.tables);
    expect(read.tombstones).toEqual(contents.tombstones);
    expect([...read.blobs.keys()].sort()).toEqual([...contents.blobs.keys()].sort());
    for (const [name, blob] of read.blobs) expect(blob).toEqual(contents.blobs.get(name));
    expect(read.manifest).toEqual(contents.manifest);
    expect(read.manifest.holds).toEqual({
      tables: { ambassador: 1, quote: 4, comment: 0 },
      tombstones: 1,
      blobs: 2,
      blobBytes: 4096 + 11,
      recordings: true,
    });
    expect(await readManifest(bytes, EXAMPLE_PASSPHRASE)).toEqual(contents.manifest);
  }, 30_000);

  it('keeps lone surrogates and line separators inside one JSON line each', async () => {
    const rows = [{ id: 'odd', text: 'half a pair: \ud83d, separators: \u2028\u2029, nul: \u0000' }];
    const contents = exampleContents({ tables: { quote: rows } });
    const zip = await decryptZip(await writeBundle(contents, EXAMPLE_PASSPHRASE), EXAMPLE_PASSPHRASE, 20);
    const jsonl = new TextDecoder().decode(unzipSync(zip)['tables/quote.jsonl']);
    expect(jsonl.split('\n')).toHaveLength(2);
    expect((await readBundle(await writeBundle(contents, EXAMPLE_PASSPHRASE), EXAMPLE_PASSPHRASE)).tables).toEqual({
      quote: rows,
    });
  }, 30_000);

  it('lays the zip out as documented, blobs stored rather than deflated', () => {
    const entries = readZipDirectory(buildZip(exampleContents()), 100);
    expect(entries.map((e) => e.name)).toEqual([
      'manifest.json',
      'tables/ambassador.jsonl',
      'tables/quote.jsonl',
      'tables/comment.jsonl',
      'tombstones.jsonl',
      ...[...exampleContents().blobs.keys()].map((sha) => `blobs/${sha}`),
    ]);
    expect(entries.filter((e) => e.name.startsWith('blobs/')).every((e) => e.method === 0)).toBe(true);
  });

  it('stores a table that would deflate past the bomb ratio, so its own reader accepts it', async () => {
    const rows = Array.from({ length: 40_000 }, () => ({ text: 'x'.repeat(200) }));
    const contents = exampleContents({ tables: { quote: rows } });
    const read = await readBundle(await writeBundle(contents, EXAMPLE_PASSPHRASE), EXAMPLE_PASSPHRASE);
    expect(read.tables.quote).toHaveLength(40_000);
  }, 30_000);

  it('refuses a short passphrase, a misnamed blob, an odd table name or an invalid manifest', async () => {
    const refusal = (promise: Promise<unknown>) => promise.then(() => null).catch((e: unknown) => e as AppError);
    expect((await refusal(writeBundle(exampleContents(), 'short')))?.message).toMatch(/at least 10 characters/);
    const blob = new Uint8Array([1, 2, 3]);
    const misnamed = exampleContents({ blobs: new Map([['0'.repeat(64), blob]]) });
    expect((await refusal(writeBundle(misnamed, EXAMPLE_PASSPHRASE)))?.message).toMatch(/not named by the sha256/);
    const oddTable = exampleContents({ tables: { '../x': [] } });
    expect((await refusal(writeBundle(oddTable, EXAMPLE_PASSPHRASE)))?.message).toMatch(/table named/);
    const notRows = exampleContents({ tables: { quote: ['text'] } });
    expect((await refusal(writeBundle(notRows, EXAMPLE_PASSPHRASE)))?.message).toMatch(/JSON object/);
    const noCohortName = exampleContents();
    noCohortName.manifest = { ...noCohortName.manifest, createdAt: 'yesterday' };
    expect((await refusal(writeBundle(noCohortName, EXAMPLE_PASSPHRASE)))?.message).toMatch(/manifest is not valid/);
  });

  it('writes and reads ~2 MB of rows (6,000 quotes) intact', async () => {
    const quotes = Array.from({ length: 6_000 }, (_, i) => ({
      id: `quote-${i}`,
      ambassador_id: AMBASSADOR_ID,
      text: `Quote ${i}: I came here with one suitcase and a lot of hope — جئت بحقيبة واحدة — 🧳 ${sha256Hex(new Uint8Array([i % 256, i >> 8]))}`,
      outlet: 'Local radio',
      version: i % 7,
      device_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      updated_at: '2025-03-14T09:26:53.000Z',
    }));
    const contents = exampleContents({ tables: { quote: quotes } });
    const rowBytes = new TextEncoder().encode(quotes.map((q) => JSON.stringify(q)).join('\n')).length;
    // How long this takes is measured by `npm run bench` (suite bundles), not here: unit tests share the CPUs.
    const bytes = await writeBundle(contents, EXAMPLE_PASSPHRASE);
    const read = await readBundle(bytes, EXAMPLE_PASSPHRASE);
    expect(rowBytes).toBeGreaterThan(1.8e6);
    expect(read.tables.quote).toHaveLength(6_000);
    expect(withHoldings(read).holds.tables.quote).toBe(6_000);
    expect(read.tables.quote).toEqual(quotes);
  }, 60_000);
});
