/** What a bundle holds once opened, and the manifest counts that describe it. */
import { createHash } from 'node:crypto';
import type { BundleManifest } from '../../../shared/features/bundles/schemas';

export interface BundleContents {
  manifest: BundleManifest;
  /** Rows per table, as plain JSON objects; the importer validates them with each feature's schemas. */
  tables: Record<string, unknown[]>;
  tombstones: unknown[];
  /** Photos, logos and recordings, each under the sha256 (lower-case hex) of its bytes. */
  blobs: Map<string, Uint8Array>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The manifest's `holds`, counted from the contents, so the two can never disagree in a written bundle. */
export function countHoldings(
  contents: Omit<BundleContents, 'manifest'>,
  recordings: boolean,
): BundleManifest['holds'] {
  let blobBytes = 0;
  for (const bytes of contents.blobs.values()) blobBytes += bytes.length;
  return {
    tables: Object.fromEntries(Object.entries(contents.tables).map(([table, rows]) => [table, rows.length])),
    tombstones: contents.tombstones.length,
    blobs: contents.blobs.size,
    blobBytes,
    recordings,
  };
}

/** The manifest with its counts filled in from the contents (services can use it for what they return). */
export function withHoldings(contents: BundleContents): BundleManifest {
  return { ...contents.manifest, holds: countHoldings(contents, contents.manifest.holds.recordings) };
}
