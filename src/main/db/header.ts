import { closeSync, openSync, readSync, statSync } from 'node:fs';

const MAGIC = 'SQLite format 3\u0000';
const HEADER_BYTES = 100;

export type HeaderCheck =
  | { kind: 'missing' }
  | { kind: 'not-a-file' }
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'sqlite'; userVersion: number };

/**
 * Reads the 100-byte SQLite header without opening the database, so that a newer or damaged file can be
 * refused before SQLite gets a chance to write anything to it (switching to WAL rewrites the header).
 */
export function readHeader(path: string): HeaderCheck {
  let size: number;
  try {
    const stat = statSync(path);
    // A folder (or a device) where the file should be: reading it would fail with a raw EISDIR.
    if (!stat.isFile()) return { kind: 'not-a-file' };
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (size === 0) return { kind: 'empty' };
  if (size < HEADER_BYTES) return { kind: 'not-sqlite' };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== MAGIC) return { kind: 'not-sqlite' };
  // user_version lives at offset 60 as a big-endian 32-bit integer.
  return { kind: 'sqlite', userVersion: header.readInt32BE(60) };
}
