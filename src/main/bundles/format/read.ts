/**
 * Reads a bundle into memory, all or nothing: every refusal is an AppError with a sentence saying what to do.
 * Rows come back as unvalidated JSON objects (the importer checks them against each table's schema); blobs are
 * checked against their sha256 names; the counts must match the manifest. Nothing is written to disk.
 */
import type { BundleManifest } from '../../../shared/features/bundles/schemas';
import { countHoldings, sha256Hex, type BundleContents } from './contents';
import { parseJsonl } from './jsonl';
import { partOf, type BundleLimits } from './limits';
import { openBundle } from './open';
import { refuse } from './refusals';
import { inflateEntry } from './zip-safety';

/** Says which count disagrees, so a damaged bundle's message points somewhere. */
function compareHoldings(found: BundleManifest['holds'], declared: BundleManifest['holds']): void {
  const tables = new Set([...Object.keys(found.tables), ...Object.keys(declared.tables)]);
  for (const table of [...tables].sort()) {
    const [has, says] = [found.tables[table], declared.tables[table]];
    if (has !== says)
      throw refuse('MANIFEST_MISMATCH', { found: `${table}: ${has ?? 'no file'} rows, listed ${says ?? 'none'}` });
  }
  for (const key of ['tombstones', 'blobs', 'blobBytes'] as const) {
    if (found[key] !== declared[key])
      throw refuse('MANIFEST_MISMATCH', { found: `${key}: ${found[key]}, listed ${declared[key]}` });
  }
}

export async function readBundle(
  bytes: Uint8Array,
  passphrase: string,
  limits: Partial<BundleLimits> = {},
): Promise<BundleContents> {
  const { zip, entries, manifest } = await openBundle(bytes, passphrase, limits);
  const tables: Record<string, unknown[]> = {};
  let tombstones: unknown[] = [];
  const blobs = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const part = partOf(entry.name);
    if (!part || part.part === 'manifest') continue;
    const data = inflateEntry(zip, entry);
    if (part.part === 'table') tables[part.table] = parseJsonl(data, entry.name);
    else if (part.part === 'tombstones') tombstones = parseJsonl(data, entry.name);
    else if (sha256Hex(data) !== part.sha256) throw refuse('BLOB_MISMATCH', { name: entry.name });
    // A copy, so the decrypted zip (and every other entry in it) is not kept alive by one blob.
    else blobs.set(part.sha256, new Uint8Array(data));
  }
  const contents = { tables, tombstones, blobs };
  compareHoldings(countHoldings(contents, manifest.holds.recordings), manifest.holds);
  return { manifest, ...contents };
}

/** The manifest alone, for the preview before an import: the same checks up to and including the manifest. */
export async function readManifest(bytes: Uint8Array, passphrase: string): Promise<BundleManifest> {
  return (await openBundle(bytes, passphrase)).manifest;
}
