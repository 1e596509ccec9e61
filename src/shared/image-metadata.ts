/**
 * Finds hidden details carried inside an image file: where a phone photo was taken (EXIF GPS), who took it
 * (Artist, XMP creator, IPTC by-line), captions, comments, embedded thumbnails and anything appended after the
 * picture (motion-photo videos). Pure, so the sheet can check every image it embeds, in Node and the renderer.
 *
 * It reads the file's structure only; a file it cannot walk to its end counts as unreadable, because hidden
 * details in an unreadable file cannot be ruled out.
 */
import { sniffImageType, type PhotoMime } from './features/ambassadors/schemas';

export interface ImageInspection {
  format: PhotoMime | null;
  /** False when the structure could not be walked to its end (damaged, truncated, not really that format). */
  readable: boolean;
  /** What was found, in words (e.g. "EXIF", "PNG tEXt chunk"); empty when the image carries nothing hidden. */
  metadata: string[];
}

type Walk = { readable: boolean; metadata: string[] };

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const u16be = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u32be = (b: Uint8Array, i: number): number =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u32le = (b: Uint8Array, i: number): number =>
  ((b[i + 3]! << 24) | (b[i + 2]! << 16) | (b[i + 1]! << 8) | b[i]!) >>> 0;

/** The application segments a JPEG may keep: JFIF without a thumbnail, and Adobe's colour-transform note. */
function jpegSegmentMetadata(marker: number, bytes: Uint8Array, start: number, length: number): string | null {
  const id = ascii(bytes, start, Math.min(length, 30));
  if (marker === 0xe0) {
    const thumbnail = id.startsWith('JFIF\0') && length >= 14 && bytes[start + 12]! * bytes[start + 13]! > 0;
    if (id.startsWith('JFIF\0')) return thumbnail ? 'JFIF thumbnail' : null;
    return id.startsWith('JFXX\0') ? 'JFIF thumbnail' : 'APP0 data';
  }
  if (marker === 0xe1)
    return id.startsWith('Exif\0') ? 'EXIF' : id.startsWith('http://ns.adobe.com/') ? 'XMP' : 'APP1 data';
  if (marker === 0xed) return 'IPTC (Photoshop APP13)';
  if (marker === 0xee) return id.startsWith('Adobe') ? null : 'APP14 data';
  if (marker === 0xfe) return 'JPEG comment';
  if (marker >= 0xe2 && marker <= 0xef)
    return id.startsWith('ICC_PROFILE\0') ? 'ICC profile' : `APP${marker - 0xe0} data`;
  return null;
}

function walkJpeg(b: Uint8Array): Walk {
  const metadata: string[] = [];
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return { readable: false, metadata };
    while (b[i] === 0xff) i += 1; // fill bytes before a marker
    const marker = b[i];
    i += 1;
    if (marker === undefined) break;
    if (marker === 0xd9) {
      if (i < b.length) metadata.push('data after the end of the image');
      return { readable: true, metadata };
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (i + 2 > b.length) break;
    const length = u16be(b, i);
    if (length < 2 || i + length > b.length) break;
    const found = jpegSegmentMetadata(marker, b, i + 2, length - 2);
    if (found) metadata.push(found);
    i += length;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0x00, a restart or a fill byte.
      while (
        i + 1 < b.length &&
        !(b[i] === 0xff && b[i + 1] !== 0x00 && b[i + 1] !== 0xff && (b[i + 1]! < 0xd0 || b[i + 1]! > 0xd7))
      )
        i += 1;
      if (i + 1 >= b.length) break;
    }
  }
  return { readable: false, metadata };
}

/** Chunks a PNG needs to show its pixels right; everything else (text, eXIf, tIME, private chunks) is hidden detail. */
const PNG_PICTURE_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'sBIT',
  'bKGD',
  'pHYs',
]);

function walkPng(b: Uint8Array): Walk {
  const metadata: string[] = [];
  let i = 8;
  while (i + 12 <= b.length) {
    const length = u32be(b, i);
    const type = ascii(b, i + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type) || i + 12 + length > b.length) break;
    if (!PNG_PICTURE_CHUNKS.has(type) && !metadata.includes(`PNG ${type} chunk`)) metadata.push(`PNG ${type} chunk`);
    i += 12 + length;
    if (type === 'IEND') {
      if (i < b.length) metadata.push('data after the end of the image');
      return { readable: true, metadata };
    }
  }
  return { readable: false, metadata };
}

/** WebP chunks that describe pixels or animation; EXIF, XMP, ICCP and unknown chunks are hidden detail. */
const WEBP_PICTURE_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF']);

function walkWebp(b: Uint8Array): Walk {
  const metadata: string[] = [];
  const end = 8 + u32le(b, 4);
  if (end > b.length) return { readable: false, metadata };
  let i = 12;
  while (i + 8 <= end) {
    const type = ascii(b, i, 4);
    const size = u32le(b, i + 4);
    if (i + 8 + size > end) return { readable: false, metadata };
    if (!WEBP_PICTURE_CHUNKS.has(type)) metadata.push(`WebP ${type.trim()} chunk`);
    i += 8 + size + (size % 2);
  }
  if (i !== end) return { readable: false, metadata };
  if (end < b.length) metadata.push('data after the end of the image');
  return { readable: true, metadata };
}

/** Skips a run of GIF sub-blocks from `i`; the index after the terminator, or -1 when it runs off the end. */
function skipSubBlocks(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const size = b[i]!;
    i += 1 + size;
    if (size === 0) return i;
  }
  return -1;
}

function walkGif(b: Uint8Array): Walk {
  const metadata: string[] = [];
  const colourTable = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  let i = 13 + colourTable(b[10] ?? 0);
  while (i < b.length) {
    const block = b[i]!;
    if (block === 0x3b) {
      if (i + 1 < b.length) metadata.push('data after the end of the image');
      return { readable: true, metadata };
    }
    if (block === 0x2c) {
      i += 10 + colourTable(b[i + 9] ?? 0) + 1; // descriptor, local colours, LZW code size
    } else if (block === 0x21) {
      const label = b[i + 1];
      if (label === 0xfe) metadata.push('GIF comment');
      else if (label === 0x01) metadata.push('GIF text');
      else if (label === 0xff) {
        const app = ascii(b, i + 3, 11);
        if (app !== 'NETSCAPE2.0' && app !== 'ANIMEXTS1.0') metadata.push(`GIF application data (${app.trim()})`);
      }
      i += 2;
    } else {
      return { readable: false, metadata };
    }
    i = skipSubBlocks(b, i);
    if (i < 0) break;
  }
  return { readable: false, metadata };
}

const WALKERS: Record<PhotoMime, (bytes: Uint8Array) => Walk> = {
  'image/jpeg': walkJpeg,
  'image/png': walkPng,
  'image/webp': walkWebp,
  'image/gif': walkGif,
};

export function inspectImage(bytes: Uint8Array): ImageInspection {
  const format = sniffImageType(bytes);
  if (!format) return { format, readable: false, metadata: [] };
  return { format, ...WALKERS[format](bytes) };
}

/** True only for a recognised, readable image that carries no hidden details at all. */
export function isCleanImage(bytes: Uint8Array): boolean {
  const found = inspectImage(bytes);
  return found.format !== null && found.readable && found.metadata.length === 0;
}
