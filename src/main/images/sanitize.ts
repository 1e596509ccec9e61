/**
 * Photos and logos as the app stores them: decoded and drawn again by sharp (libvips), so nothing but pixels
 * survives. A phone photo arrives with EXIF (GPS position, camera, owner's name, captions, a thumbnail), XMP,
 * IPTC and comments; Chromium would copy those bytes into a PDF unchanged. Re-encoding without
 * `withMetadata` drops all of it, the EXIF orientation is applied to the pixels first (so the photo stays
 * upright without the tag), and the size is capped. Every image that reaches the media table comes from here.
 */
import type createSharp from 'sharp';
import type { Metadata, OutputInfo } from 'sharp';
import { inspectImage } from '../../shared/image-metadata';
import { NOT_AN_IMAGE_LOGO } from '../../shared/features/message-sheet/images';
import { AppError } from '../../shared/result';

export type ImageKind = 'photo' | 'logo';

declare const clean: unique symbol;

/** An image re-encoded here; the media store accepts photos and logos only in this form. */
export interface CleanImage {
  readonly mime: 'image/jpeg' | 'image/png';
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly [clean]: true;
}

interface KindRules {
  /** Longest side after resizing: photos print 31 mm wide and show on screen; logos print at most 42 mm. */
  maxSide: number;
  notAnImage: string;
}

const RULES: Record<ImageKind, KindRules> = {
  photo: {
    maxSide: 1600,
    notAnImage: 'That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.',
  },
  logo: { maxSide: 800, notAnImage: NOT_AN_IMAGE_LOGO },
};

/**
 * Decoding cap. The renderer already shrinks photos to 800 px; a larger picture arrives only through a direct
 * call, and one far beyond any camera is a decompression bomb (a tiny file that unpacks to gigabytes).
 */
export const MAX_INPUT_PIXELS = 64_000_000;
/**
 * sharp (libvips) is loaded on the first image, not at start-up: most starts have no image to clean, and loading
 * it would delay the first screen for nothing.
 */
let loading: Promise<{ default: typeof createSharp }> | null = null;
async function loadSharp(): Promise<typeof createSharp> {
  loading ??= import('sharp');
  return (await loading).default;
}

/** Formats the app accepts, as sharp names them (never SVG, PDF, TIFF or HEIF). */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif']);

function refuse(code: 'UNSUPPORTED' | 'TOO_LARGE', message: string): never {
  throw new AppError(code, message);
}

/** Reads the header only (no pixels), so a bomb is refused before anything is unpacked. */
async function readHeader(bytes: Uint8Array, kind: ImageKind): Promise<Metadata> {
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refuse('UNSUPPORTED', RULES[kind].notAnImage);
  }
  if (!meta.format || !ACCEPTED.has(meta.format)) refuse('UNSUPPORTED', RULES[kind].notAnImage);
  const { width = 0, height = 0 } = meta;
  if (width * height > MAX_INPUT_PIXELS) {
    refuse(
      'TOO_LARGE',
      `That ${kind} is ${width} × ${height} pixels; the limit is ${MAX_INPUT_PIXELS / 1_000_000} megapixels (for example 8000 × 8000). Choose a smaller image.`,
    );
  }
  if ((meta.pages ?? 1) > 1) {
    refuse('UNSUPPORTED', `That ${kind} is animated. Choose a still image (JPEG, PNG, WebP or a one-frame GIF).`);
  }
  return meta;
}

/**
 * Re-encodes a photo (JPEG on white, like the renderer's own redraw) or a logo (PNG, keeping transparency).
 * Throws an AppError with a sentence a person can act on for anything that is not a readable still image.
 */
export async function sanitizeImage(bytes: Uint8Array, kind: ImageKind): Promise<CleanImage> {
  await readHeader(bytes, kind);
  const sharp = await loadSharp();
  const { maxSide } = RULES[kind];
  let output: { data: Buffer; info: OutputInfo };
  try {
    // failOn 'error': a truncated or corrupt file is refused, a harmless decoder warning is not.
    const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', pages: 1 })
      .timeout({ seconds: 30 })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true });
    output = await (
      kind === 'photo'
        ? pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 85 })
        : pipeline.png({ compressionLevel: 9 })
    ).toBuffer({ resolveWithObject: true });
  } catch {
    return refuse(
      'UNSUPPORTED',
      `That ${kind} could not be read: the file looks damaged or incomplete. Save it again, or choose another image.`,
    );
  }
  const result = new Uint8Array(output.data.buffer, output.data.byteOffset, output.data.byteLength);
  // The encoder is trusted to write pixels only; this proves it for every image before it is stored.
  const check = inspectImage(result);
  if (!check.readable || check.metadata.length > 0) {
    throw new AppError('INTERNAL', `The ${kind} could not be cleaned of hidden details, so it was not saved.`);
  }
  return {
    mime: kind === 'photo' ? 'image/jpeg' : 'image/png',
    bytes: result,
    width: output.info.width,
    height: output.info.height,
  } as CleanImage;
}
