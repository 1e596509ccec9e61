import type { PhotoMime } from '../ambassadors/schemas';
import { inspectImage } from '../../image-metadata';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (RFC 4648, with padding); pure, so it runs in the renderer and in Node alike. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    chunk += `${ALPHABET[(n >> 18) & 63]!}${ALPHABET[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    chunk += `${ALPHABET[(n >> 18) & 63]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  parts.push(chunk);
  return parts.join('');
}

export interface EmbeddedImage {
  mime: PhotoMime;
  /** A data: URL; the sheet loads nothing from anywhere else. */
  dataUrl: string;
}

/** Why an image cannot go on a sheet: not an image at all, or one that still carries hidden details. */
export type EmbedProblem = 'not-an-image' | 'hidden-details';

/**
 * Embeds an image as a data: URL after recognising it by its first bytes (JPEG, PNG, WebP or GIF). The
 * declared type or file name is never trusted; anything else (SVG, PDF, a renamed document) is refused. So is
 * an image that still carries hidden details (EXIF with GPS, XMP, IPTC, comments, thumbnails): Chromium copies
 * image bytes into the PDF unchanged, so this is the last check before they reach the press.
 */
export function embedImage(bytes: Uint8Array): EmbeddedImage | null {
  const found = inspectImage(bytes);
  if (!found.format || !found.readable || found.metadata.length > 0) return null;
  return { mime: found.format, dataUrl: `data:${found.format};base64,${toBase64(bytes)}` };
}

/** What is wrong with an image `embedImage` refuses, so the refusal can say what to do; null when it embeds. */
export function embedProblem(bytes: Uint8Array): EmbedProblem | null {
  const found = inspectImage(bytes);
  if (!found.format || !found.readable) return 'not-an-image';
  return found.metadata.length > 0 ? 'hidden-details' : null;
}

export const NOT_AN_IMAGE_LOGO =
  'That logo is not an image we can use. Choose a PNG, JPEG, WebP or GIF file (SVG and PDF logos are not supported).';
