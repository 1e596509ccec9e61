/** A small, valid bundle's contents for tests: real-looking rows in several scripts, a tombstone, two blobs. */
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../shared/features/bundles/schemas';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { sha256Hex, withHoldings, type BundleContents } from './contents';

export const EXAMPLE_PASSPHRASE = 'correct horse battery staple';
export const COHORT_ID = '0b6f1f3e-4a52-4f0e-9b1c-6d1f7a0c2e11';
export const AMBASSADOR_ID = '5c1d2e3f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';

export function exampleContents(overrides: Partial<BundleContents> = {}): BundleContents {
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 0xff, 0xd9]);
  const recording = new Uint8Array(4096).map((_, i) => (i * 31) % 251);
  const base: BundleContents = {
    manifest: {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: '0.1.0',
      schemaVersion: LATEST_SCHEMA_VERSION,
      kind: 'work',
      cohort: { id: COHORT_ID, name: 'Spring cohort' },
      device: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      createdAt: '2025-03-14T09:26:53.000Z',
      ambassadors: [{ id: AMBASSADOR_ID, publicName: 'Amira' }],
      holds: { tables: {}, tombstones: 0, blobs: 0, blobBytes: 0, recordings: true },
    },
    tables: {
      ambassador: [{ id: AMBASSADOR_ID, full_name: 'Amira Haddad', pseudonym: null, version: 3 }],
      quote: [
        { id: 'q1', text: 'I came here with one suitcase 🧳 and a lot of hope.', version: 1 },
        { id: 'q2', text: 'جئت إلى هنا بحقيبة واحدة', version: 2, note: 'RTL: Arabic' },
        { id: 'q3', text: 'Я приїхала сама — «і не шкодую».', version: 1, tags: ['uk', 'quote'] },
        { id: 'q4', text: 'Line one\nline two\u2028after a line separator\ttab "quoted" \\ backslash', version: 1 },
      ],
      comment: [],
    },
    tombstones: [{ table: 'quote', id: 'q0', version: 4, deviceId: 'a1b2', deletedAt: '2025-03-13T10:00:00.000Z' }],
    blobs: new Map([
      [sha256Hex(photo), photo],
      [sha256Hex(recording), recording],
    ]),
  };
  const contents = { ...base, ...overrides };
  return { ...contents, manifest: withHoldings(contents) };
}
