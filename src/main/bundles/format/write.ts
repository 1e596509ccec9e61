/**
 * Writes a bundle: the contents as a zip (manifest, one JSON Lines file per table, tombstones, blobs), encrypted
 * as a whole under the passphrase. Every bundle is encrypted; there is no other mode. Nothing is written to disk
 * here: the caller saves or sends the bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import {
  manifestSchema,
  passphraseSchema,
  MAX_BUNDLE_BYTES,
  type BundleManifest,
} from '../../../shared/features/bundles/schemas';
import { AppError } from '../../../shared/result';
import { DEFAULT_LOG_N, NativeScryptRecipient } from './age-scrypt';
import { sha256Hex, withHoldings, type BundleContents } from './contents';
import { encryptZip } from './encryption';
import { encodeJsonl, isJsonObject } from './jsonl';
import { readZipDirectory } from './zip-directory';
import {
  BLOB_NAME,
  blobPath,
  DEFAULT_BUNDLE_LIMITS,
  MANIFEST_PATH,
  TABLE_NAME,
  tablePath,
  TOMBSTONES_PATH,
} from './limits';

const encoder = new TextEncoder();
/** Text compresses well; photos and recordings are already compressed, so deflating them only costs time. */
const TEXT = { level: 6 } as const;
const STORE = { level: 0 } as const;
const MB = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en')} MB`;

/** A mistake in the exporting service, not something the person can fix: said plainly, never written out. */
function checkContents(contents: BundleContents): BundleManifest {
  for (const [table, rows] of Object.entries(contents.tables)) {
    if (!TABLE_NAME.test(table)) throw new AppError('INTERNAL', `A bundle cannot hold a table named "${table}".`);
    if (!rows.every(isJsonObject)) throw new AppError('INTERNAL', `Every row of ${table} must be a JSON object.`);
  }
  if (!contents.tombstones.every(isJsonObject)) throw new AppError('INTERNAL', 'Every tombstone must be an object.');
  for (const [name, bytes] of contents.blobs) {
    if (!BLOB_NAME.test(name) || sha256Hex(bytes) !== name)
      throw new AppError('INTERNAL', `The blob ${name.slice(0, 80)} is not named by the sha256 of its bytes.`);
  }
  const parsed = manifestSchema.safeParse(withHoldings(contents));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INTERNAL', `The bundle manifest is not valid (${issue?.path.join('.')}: ${issue?.message}).`);
  }
  return parsed.data;
}

/** The zip, unencrypted. Exported for the test corpus, which needs to encrypt zips of its own making. */
export function buildZip(contents: BundleContents): Uint8Array {
  const manifest = checkContents(contents);
  const parts: Array<[string, Uint8Array, typeof TEXT | typeof STORE]> = [
    [MANIFEST_PATH, encoder.encode(JSON.stringify(manifest, null, 2)), TEXT],
    ...Object.entries(contents.tables).map(([table, rows]): [string, Uint8Array, typeof TEXT] => [
      tablePath(table),
      encodeJsonl(rows),
      TEXT,
    ]),
    [TOMBSTONES_PATH, encodeJsonl(contents.tombstones), TEXT],
    ...[...contents.blobs].map(([sha256, bytes]): [string, Uint8Array, typeof STORE] => [
      blobPath(sha256),
      bytes,
      STORE,
    ]),
  ];
  // The reader's limits, checked here too, so this laptop never writes a bundle another would refuse.
  const limits = DEFAULT_BUNDLE_LIMITS;
  if (parts.length > limits.maxEntries)
    throw new AppError(
      'TOO_LARGE',
      `This bundle would hold ${parts.length.toLocaleString('en')} files, more than a bundle may; export fewer people.`,
    );
  const unpacked = parts.reduce((sum, [, bytes]) => sum + bytes.length, 0);
  if (unpacked > limits.maxUnpackedBytes)
    throw new AppError(
      'TOO_LARGE',
      `This bundle would unpack to ${MB(unpacked)}, more than a bundle may; leave out the recordings.`,
    );
  const files: Zippable = {};
  for (const [name, bytes, options] of parts) files[name] = [bytes, options];
  const mtime = new Date(manifest.createdAt);
  const zip = zipSync(files, { mtime });
  // A table of near-identical rows could deflate past the reader's bomb ratio: such entries are stored instead.
  const tooDense = readZipDirectory(zip, limits.maxEntries).filter(
    (entry) => entry.size > limits.ratioAppliesAbove && entry.size > entry.compressedSize * limits.maxRatio,
  );
  if (tooDense.length === 0) return zip;
  for (const { name } of tooDense) files[name] = [(files[name] as [Uint8Array, unknown])[0], STORE];
  return zipSync(files, { mtime });
}

export async function writeBundle(contents: BundleContents, passphrase: string): Promise<Uint8Array> {
  const checked = passphraseSchema.safeParse(passphrase);
  if (!checked.success)
    throw new AppError('VALIDATION', `${checked.error.issues[0]?.message ?? 'Choose a passphrase'}.`);
  // The passphrase's key derivation (about half a second) runs on the thread pool while the zip is built.
  const recipient = new NativeScryptRecipient(passphrase, DEFAULT_LOG_N);
  const zip = buildZip(contents);
  if (zip.length > MAX_BUNDLE_BYTES)
    throw new AppError(
      'TOO_LARGE',
      `This bundle would be ${MB(zip.length)}, over the ${MB(MAX_BUNDLE_BYTES)} a bundle may be; leave out the recordings.`,
    );
  const encrypted = await encryptZip(zip, recipient);
  // age adds 16 bytes per 64 KiB chunk plus a header: check the real size too, so the reader never refuses it.
  if (encrypted.length > MAX_BUNDLE_BYTES)
    throw new AppError(
      'TOO_LARGE',
      `This bundle would be ${MB(encrypted.length)}, over the ${MB(MAX_BUNDLE_BYTES)} a bundle may be; leave out the recordings.`,
    );
  return encrypted;
}
