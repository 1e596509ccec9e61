/**
 * Refused bundles write nothing: the data file is byte-identical afterwards (sha256 after a checkpoint) and every
 * table keeps its row count. Covers the format's malicious corpus and rows that fail the row schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../../bundles/format';
import { buildMaliciousCorpus, type CorpusEntry } from '../../bundles/format/corpus.test-support';
import type { TestStudio } from '../../test-support/test-studio';
import { carry, fingerprint, imported, laptop, PASSPHRASE, seedPerson, submittedQuote } from './bundles.test-support';

let a: TestStudio;
let b: TestStudio;
let work: { fileName: string; bytes: Uint8Array };
let corpus: CorpusEntry[];

beforeAll(async () => {
  a = await laptop();
  b = await laptop();
  const { person } = seedPerson(a.services);
  submittedQuote(a.services, person.id, 'I came here with one suitcase.');
  work = (
    await a.services.bundles.exportWork({ ambassadorId: person.id, includeRecordings: false, passphrase: PASSPHRASE })
  ).files[0]!;
  // B already holds the cohort and the work, so a refusal has something to leave untouched.
  imported(await carry(work, b, { acceptOtherCohort: true }));
  corpus = await buildMaliciousCorpus();
}, 120_000);
afterAll(() => {
  a.close();
  b.close();
});

/** The exported file's contents with one row changed, sealed again under the same passphrase. */
async function tampered(change: (tables: Record<string, Array<Record<string, unknown>>>) => void) {
  const contents = await readBundle(work.bytes, PASSPHRASE);
  const tables = structuredClone(contents.tables) as Record<string, Array<Record<string, unknown>>>;
  change(tables);
  return { fileName: 'tampered.studio-bundle', bytes: await writeBundle({ ...contents, tables }, PASSPHRASE) };
}

const firstQuoteFields = (t: Record<string, Array<Record<string, unknown>>>) =>
  t.quote![0]!.fields as Record<string, unknown> & { variants: Record<string, unknown> };

describe('refused bundles', () => {
  it('refuses every bundle of the malicious corpus, leaving the database byte-identical', async () => {
    expect(corpus.length).toBeGreaterThan(10);
    const before = fingerprint(b);
    for (const entry of corpus) {
      const report = await b.services.bundles.importBundle({
        file: { name: `${entry.name}.studio-bundle`, bytes: entry.bytes },
        passphrase: entry.passphrase,
        acceptOtherCohort: true,
      });
      expect(report.outcome, entry.name).toBe('refused');
      if (report.outcome === 'refused') expect(report.reason, entry.name).toMatch(entry.expect);
      expect(fingerprint(b), entry.name).toEqual(before);
    }
  }, 300_000);

  it.each([
    [
      'an unknown social platform',
      (t: Record<string, Array<Record<string, unknown>>>) => {
        firstQuoteFields(t).variants.socialPlatform = 'myspace';
      },
      /Row 1 of quote is not valid \(fields\.variants\.socialPlatform/,
    ],
    [
      'an oversize text',
      (t: Record<string, Array<Record<string, unknown>>>) => {
        firstQuoteFields(t).text = 'x'.repeat(10_001);
      },
      /Row 1 of quote is not valid \(fields\.text: Quote is too long/,
    ],
    [
      'an extra key',
      (t: Record<string, Array<Record<string, unknown>>>) => {
        t.ambassador![0]!.trainer_secret = 'x';
      },
      /Row 1 of ambassador is not valid \(.*trainer_secret/,
    ],
    [
      'a wrong type',
      (t: Record<string, Array<Record<string, unknown>>>) => {
        t.quote![0]!.version = '2';
      },
      /Row 1 of quote is not valid \(version:/,
    ],
  ])(
    'refuses a row with %s, naming table and field, and writes nothing',
    async (_name, change, reason) => {
      const before = fingerprint(b);
      const report = await carry(await tampered(change), b);
      expect(report).toMatchObject({ outcome: 'refused', reason: expect.stringMatching(reason) });
      expect(fingerprint(b)).toEqual(before);
    },
    60_000,
  );

  it('refuses a bundle whose blob does not match its description', async () => {
    const before = fingerprint(b);
    const contents = await readBundle(work.bytes, PASSPHRASE);
    const sha = 'a'.repeat(64);
    const media = [
      {
        id: crypto.randomUUID(),
        kind: 'photo',
        mime: 'image/jpeg',
        size: 3,
        sha256: sha,
        created_at: 'x',
        deleted_at: null,
      },
    ];
    const bytes = await writeBundle(
      { ...contents, tables: { ...contents.tables, media }, blobs: new Map([[sha, new Uint8Array([1, 2, 3])]]) },
      PASSPHRASE,
    ).catch(() => null);
    // The format may already refuse to write a blob under a name that is not its sha256; then so much the better.
    if (bytes === null) return;
    const report = await carry({ fileName: 'blob.studio-bundle', bytes }, b);
    expect(report.outcome).toBe('refused');
    expect(fingerprint(b)).toEqual(before);
  }, 60_000);
});
