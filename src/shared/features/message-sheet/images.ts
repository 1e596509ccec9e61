import { sniffImageType, type PhotoMime } from '../ambassadors/schemas';

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

/**
 * Embeds an image as a data: URL after recognising it by its first bytes (JPEG, PNG, WebP or GIF). The
 * declared type or file name is never trusted; anything else (SVG, PDF, a renamed document) is refused.
 */
export function embedImage(bytes: Uint8Array): EmbeddedImage | null {
  const mime = sniffImageType(bytes);
  if (!mime) return null;
  return { mime, dataUrl: `data:${mime};base64,${toBase64(bytes)}` };
}

export const NOT_AN_IMAGE_LOGO =
  'That logo is not an image we can use. Choose a PNG, JPEG, WebP or GIF file (SVG and PDF logos are not supported).';
