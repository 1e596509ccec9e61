/**
 * Reads a zip's central directory (the list at its end) without inflating anything, so every name and declared
 * size can be checked first. Only the plain zips the writer makes are accepted: one disk, no zip64, no comment,
 * entries stored in order without overlapping (overlapping entries are how the worst zip bombs are built).
 */
import { refuse } from './refusals';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when inflating. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** The uncompressed size the directory declares; inflating may produce no more than this. */
  size: number;
  /** Where the entry's record sits in the central directory and its local header (for tests that patch them). */
  centralOffset: number;
  localOffset: number;
  dataStart: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_BYTES = 22;
const CENTRAL_BYTES = 46;
const LOCAL_BYTES = 30;
/** Bit 0: encrypted (zip's own weak encryption); bit 6: "strong" encryption. Neither is ever written. */
const ENCRYPTED_FLAGS = 0x0001 | 0x0040;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function reader(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const inside = (at: number, length: number) => at >= 0 && length >= 0 && at + length <= zip.length;
  return {
    u16: (at: number) => (inside(at, 2) ? view.getUint16(at, true) : -1),
    u32: (at: number) => (inside(at, 4) ? view.getUint32(at, true) : -1),
    bytes: (at: number, length: number) => (inside(at, length) ? zip.subarray(at, at + length) : null),
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => b[i] === byte);
}

export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipEntry[] {
  const { u16, u32, bytes } = reader(zip);
  const eocd = zip.length - EOCD_BYTES;
  if (eocd < 0 || u32(eocd) !== EOCD_SIGNATURE || u16(eocd + 20) !== 0) throw refuse('BAD_LAYOUT');
  const [disk, directoryDisk, onDisk, count] = [u16(eocd + 4), u16(eocd + 6), u16(eocd + 8), u16(eocd + 10)];
  const [directorySize, directoryStart] = [u32(eocd + 12), u32(eocd + 16)];
  // 0xFFFF / 0xFFFFFFFF mean "see the zip64 record", which the writer never needs.
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count || count === 0xffff) throw refuse('BAD_LAYOUT');
  if (count > maxEntries) throw refuse('TOO_MANY_ENTRIES', { limit: maxEntries });
  if (directoryStart + directorySize !== eocd) throw refuse('BAD_LAYOUT');

  const entries: ZipEntry[] = [];
  let at = directoryStart;
  let dataEnd = 0;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL_SIGNATURE) throw refuse('BAD_LAYOUT');
    const [nameLength, extraLength, commentLength] = [u16(at + 28), u16(at + 30), u16(at + 32)];
    const nameBytes = bytes(at + CENTRAL_BYTES, nameLength);
    if (!nameBytes) throw refuse('BAD_LAYOUT');
    let name: string;
    try {
      name = utf8.decode(nameBytes);
    } catch {
      throw refuse('UNSAFE_NAME', { name: Buffer.from(nameBytes).toString('latin1') });
    }
    const entry: ZipEntry = {
      name,
      flags: u16(at + 8),
      method: u16(at + 10),
      crc32: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      centralOffset: at,
      localOffset: u32(at + 42),
      dataStart: 0,
    };
    if ((entry.flags & ENCRYPTED_FLAGS) !== 0 || entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw refuse('BAD_LAYOUT');
    // The local header must name the same file, and the data must lie after the previous entry's.
    const local = entry.localOffset;
    const localNameLength = u16(local + 26);
    const localName = bytes(local + LOCAL_BYTES, localNameLength);
    if (u32(local) !== LOCAL_SIGNATURE || local < dataEnd || !localName || !sameBytes(localName, nameBytes))
      throw refuse('BAD_LAYOUT');
    entry.dataStart = local + LOCAL_BYTES + localNameLength + u16(local + 28);
    dataEnd = entry.dataStart + entry.compressedSize;
    if (dataEnd > directoryStart) throw refuse('BAD_LAYOUT');
    entries.push(entry);
    at += CENTRAL_BYTES + nameLength + extraLength + commentLength;
  }
  if (at !== eocd) throw refuse('BAD_LAYOUT');
  return entries;
}
