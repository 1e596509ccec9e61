/**
 * What a bundle may hold, and where each part lives inside its zip. The reader checks every limit on the sizes
 * the zip declares before it inflates anything, and again on the bytes inflating really produces.
 */
import { MAX_BUNDLE_BYTES } from '../../../shared/features/bundles/schemas';

export interface BundleLimits {
  /** The encrypted file as received. */
  maxFileBytes: number;
  /** Files inside the zip. Far above any real bundle, and below the 65,535 a zip without zip64 can list. */
  maxEntries: number;
  /** Everything inside, unpacked. */
  maxUnpackedBytes: number;
  /** An entry larger than `ratioAppliesAbove` may unpack to at most this many times its packed size. */
  maxRatio: number;
  ratioAppliesAbove: number;
  /** age's scrypt work factor, as a power of two: above this, opening a file would take minutes and gigabytes. */
  maxLogN: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxFileBytes: MAX_BUNDLE_BYTES,
  maxEntries: 50_000,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioAppliesAbove: 1024 * 1024,
  maxLogN: 20,
};

export function bundleLimits(overrides: Partial<BundleLimits> = {}): BundleLimits {
  return { ...DEFAULT_BUNDLE_LIMITS, ...overrides };
}

/** The layout inside the zip: nothing else is accepted. */
export const MANIFEST_PATH = 'manifest.json';
export const TOMBSTONES_PATH = 'tombstones.jsonl';
/** Lower-case letters, digits and underscores, as SQLite table names here are; never `__proto__`. */
export const TABLE_NAME = /^[a-z][a-z0-9_]{0,63}$/;
export const BLOB_NAME = /^[0-9a-f]{64}$/;
const TABLE_PATH = /^tables\/([a-z][a-z0-9_]{0,63})\.jsonl$/;
const BLOB_PATH = /^blobs\/([0-9a-f]{64})$/;

export const tablePath = (table: string): string => `tables/${table}.jsonl`;
export const blobPath = (sha256: string): string => `blobs/${sha256}`;

export type BundlePart =
  { part: 'manifest' } | { part: 'tombstones' } | { part: 'table'; table: string } | { part: 'blob'; sha256: string };

/** Which part of a bundle a zip entry name is, or null when the layout has no such name. */
export function partOf(name: string): BundlePart | null {
  if (name === MANIFEST_PATH) return { part: 'manifest' };
  if (name === TOMBSTONES_PATH) return { part: 'tombstones' };
  const table = TABLE_PATH.exec(name);
  if (table?.[1]) return { part: 'table', table: table[1] };
  const blob = BLOB_PATH.exec(name);
  if (blob?.[1]) return { part: 'blob', sha256: blob[1] };
  return null;
}
