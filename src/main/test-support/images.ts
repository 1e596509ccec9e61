/**
 * Real images for tests, made here so no image files are checked in: "phone photos" that carry what a phone
 * writes (GPS position, the owner's name, a caption, a rotated orientation, a thumbnail), written by exiftool
 * the way a camera app would, plus the malformed inputs the backend must refuse. exiftool also reads the
 * results back, as someone looking for hidden details would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

export { tinyPng } from '../features/message-sheet/service.test-support';

/** What the phone photos say; a test looks for these words in whatever reaches the press. */
export const PHONE = {
  artist: 'Amira Haddad',
  description: 'Amira at home, 12 Hope Street',
  latitude: 53.8008,
  longitude: -1.5491,
} as const;

/** Tags the test images carry (who, where, a caption, a thumbnail, the turn); none may survive cleaning. */
export const PHONE_TAGS = [
  'GPSLatitude',
  'GPSLongitude',
  'GPSPosition',
  'Artist',
  'ImageDescription',
  'Creator',
  'By-line',
  'Comment',
  'Author',
  'ThumbnailImage',
  'Orientation',
] as const;

function inTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'studio-images-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs exiftool on a copy of the bytes with the given arguments and returns the changed file. */
function exiftoolWrite(bytes: Uint8Array, name: string, args: string[], extra: Record<string, Uint8Array> = {}) {
  return inTempDir((dir) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    for (const [file, content] of Object.entries(extra)) writeFileSync(join(dir, file), content);
    execFileSync('exiftool', ['-q', '-overwrite_original', ...args, path], { cwd: dir });
    return new Uint8Array(readFileSync(path));
  });
}

/** Every tag exiftool finds, without the ones about the file itself (name, size, dates on disk). */
export function exifTags(bytes: Uint8Array): Record<string, unknown> {
  const out = inTempDir((dir) => {
    const path = join(dir, 'image');
    writeFileSync(path, bytes);
    return execFileSync('exiftool', ['-j', '-a', '-G1', '-x', 'System:all', '-x', 'ExifTool:all', path], {
      encoding: 'utf8',
    });
  });
  const [{ SourceFile: _path, ...tags } = {}] = JSON.parse(out) as Array<Record<string, unknown>>;
  return tags;
}

/** The phone's tags exiftool still finds (any group), e.g. ["GPS:GPSLatitude", "IFD0:Artist"]. */
export function phoneTagsIn(bytes: Uint8Array): string[] {
  return Object.keys(exifTags(bytes)).filter((key) => PHONE_TAGS.some((tag) => key === tag || key.endsWith(`:${tag}`)));
}

/**
 * A landscape picture: grain like a real photo's with a solid blue band on the left, so a turn of the pixels
 * is visible in tests. The grain matters: Chromium copies a JPEG like this into a PDF byte for byte, while it
 * redraws a flat, tiny one (which would hide what it copies).
 */
export async function landscapeJpeg(width = 640, height = 480): Promise<Uint8Array> {
  const band = { create: { width: Math.round(width / 4), height, channels: 3 as const, background: '#0000ff' } };
  const grain = { type: 'gaussian' as const, mean: 128, sigma: 40 };
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#c81e1e', noise: grain } })
      .composite([{ input: band, left: 0, top: 0 }])
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
}

/**
 * A phone photo: a 640 x 480 JPEG stored sideways with Orientation 6 ("rotate 90 CW" to show it upright),
 * GPS latitude and longitude, Artist, ImageDescription, XMP creator, IPTC by-line, a JPEG comment and an
 * EXIF thumbnail. With orientation 1 it is stored upright, the case Chromium embeds without redrawing.
 */
export async function phonePhoto(orientation: 1 | 6 = 6): Promise<Uint8Array> {
  const pixels = await landscapeJpeg();
  const thumbnail = new Uint8Array(await sharp(pixels).resize(160).jpeg().toBuffer());
  return exiftoolWrite(
    pixels,
    'phone.jpg',
    [
      `-GPSLatitude=${PHONE.latitude}`,
      '-GPSLatitudeRef=N',
      `-GPSLongitude=${Math.abs(PHONE.longitude)}`,
      '-GPSLongitudeRef=W',
      `-Artist=${PHONE.artist}`,
      `-ImageDescription=${PHONE.description}`,
      `-Orientation#=${orientation}`,
      '-ThumbnailImage<=thumb.jpg',
      `-XMP-dc:Creator=${PHONE.artist}`,
      `-IPTC:By-line=${PHONE.artist}`,
      `-Comment=${PHONE.description}`,
    ],
    { 'thumb.jpg': thumbnail },
  );
}

/** A PNG with tEXt chunks (a comment and an author), as screenshots and editors write them. */
export async function pngWithText(): Promise<Uint8Array> {
  const png = new Uint8Array(
    await sharp(await landscapeJpeg(200, 100))
      .png()
      .toBuffer(),
  );
  return exiftoolWrite(png, 'logo.png', [`-PNG:Comment=${PHONE.description}`, `-PNG:Author=${PHONE.artist}`]);
}

/** A WebP with an EXIF chunk (Artist, ImageDescription and GPS). */
export async function webpWithExif(): Promise<Uint8Array> {
  const webp = new Uint8Array(
    await sharp(await landscapeJpeg(300, 200))
      .webp()
      .toBuffer(),
  );
  return exiftoolWrite(webp, 'photo.webp', [
    `-Artist=${PHONE.artist}`,
    `-ImageDescription=${PHONE.description}`,
    `-GPSLatitude=${PHONE.latitude}`,
    '-GPSLatitudeRef=N',
  ]);
}

/** The JPEG cut off partway through its picture data, as an interrupted copy leaves it. */
export async function truncatedJpeg(): Promise<Uint8Array> {
  const noisy = await sharp({
    create: {
      width: 800,
      height: 600,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer();
  return new Uint8Array(noisy.subarray(0, Math.floor(noisy.length * 0.6)));
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A decompression bomb: a valid 30000 x 30000 one-bit PNG of about 110 KB that unpacks to 900 megapixels
 * (2.7 GB as RGB).
 */
export function pngBomb(side = 30_000): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale
  const rows = Buffer.alloc(side * (1 + Math.ceil(side / 8)));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', header),
      pngChunk('IDAT', deflateSync(rows, { level: 9 })),
      pngChunk('IEND', new Uint8Array()),
    ]),
  );
}

/** Width, height and the EXIF orientation sharp reads from an image's header. */
export async function dimensions(bytes: Uint8Array): Promise<{ width: number; height: number; orientation?: number }> {
  const { width = 0, height = 0, orientation } = await sharp(bytes).metadata();
  return orientation === undefined ? { width, height } : { width, height, orientation };
}

/** The colour of one pixel (r, g, b), to see which way a picture was turned. */
export async function pixel(bytes: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}
