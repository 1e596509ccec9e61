/**
 * The checks between "the zip's directory was read" and "its entries are inflated": names, duplicates and
 * declared sizes first; then each entry is inflated with a hard cap at its declared size, so a directory that
 * lies about sizes cannot make the reader allocate more than the limits allowed. Nothing touches the disk.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import type { BundleLimits } from './limits';
import { partOf } from './limits';
import { refuse } from './refusals';
import type { ZipEntry } from './zip-directory';

const STORED = 0;
const DEFLATED = 8;

/** Anything that could point outside a folder if someone did extract it, whatever the operating system. */
function isUnsafeName(name: string): boolean {
  return (
    name.length === 0 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
  );
}

export function checkEntries(entries: readonly ZipEntry[], limits: BundleLimits): void {
  if (entries.length > limits.maxEntries) throw refuse('TOO_MANY_ENTRIES', { limit: limits.maxEntries });
  const seen = new Set<string>();
  for (const { name } of entries) {
    if (isUnsafeName(name)) throw refuse('UNSAFE_NAME', { name });
    if (partOf(name) === null) throw refuse('UNEXPECTED_NAME', { name });
    if (seen.has(name)) throw refuse('DUPLICATE_NAME', { name });
    seen.add(name);
  }
  let declared = 0;
  for (const entry of entries) {
    if (entry.method !== STORED && entry.method !== DEFLATED) throw refuse('BAD_LAYOUT');
    if (entry.method === STORED && entry.compressedSize !== entry.size)
      throw refuse('SIZE_MISMATCH', { name: entry.name });
    declared += entry.size;
  }
  if (declared > limits.maxUnpackedBytes) throw refuse('TOO_LARGE_UNPACKED', { limit: limits.maxUnpackedBytes });
  for (const entry of entries) {
    if (entry.size > limits.ratioAppliesAbove && entry.size > entry.compressedSize * limits.maxRatio)
      throw refuse('ZIP_BOMB', { name: entry.name, limit: limits.maxRatio });
  }
}

function isBufferTooLarge(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
}

/** One entry's bytes: never more than its declared size, and only if its checksum matches. */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const packed = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let bytes: Uint8Array;
  if (entry.method === STORED) {
    bytes = packed;
  } else {
    try {
      // zlib stops as soon as the output would pass the cap (it must be at least 1, hence the max).
      bytes = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if (isBufferTooLarge(error)) throw refuse('SIZE_MISMATCH', { name: entry.name });
      throw refuse('DAMAGED');
    }
  }
  if (bytes.length !== entry.size) throw refuse('SIZE_MISMATCH', { name: entry.name });
  if (crc32(bytes) !== entry.crc32) throw refuse('DAMAGED');
  return bytes;
}
