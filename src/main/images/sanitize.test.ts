/**
 * Real images through the real encoder, read back with exiftool: what a phone wrote into a photo is gone,
 * the photo is upright, and anything that is not a readable still image is refused with a sentence.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectImage } from '../../shared/image-metadata';
import { AppError } from '../../shared/result';
import {
  dimensions,
  exifTags,
  landscapeJpeg,
  phonePhoto,
  phoneTagsIn,
  pixel,
  pngBomb,
  pngWithText,
  truncatedJpeg,
  webpWithExif,
} from '../test-support/images';
import { sanitizeImage, type ImageKind } from './sanitize';

async function refusal(bytes: Uint8Array, kind: ImageKind = 'photo'): Promise<AppError> {
  const error = await sanitizeImage(bytes, kind).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('sanitizeImage', () => {
  it('drops GPS, names, caption, comment and thumbnail from a phone photo and turns it upright', async () => {
    const phone = await phonePhoto();
    // The test photo really is what a phone makes.
    expect(phoneTagsIn(phone)).toEqual(
      expect.arrayContaining(['GPS:GPSLatitude', 'GPS:GPSLongitude', 'IFD0:Artist', 'IFD0:ImageDescription']),
    );
    expect(phoneTagsIn(phone)).toEqual(expect.arrayContaining(['IFD1:ThumbnailImage', 'IFD0:Orientation']));
    expect(await dimensions(phone)).toEqual({ width: 640, height: 480, orientation: 6 });

    const clean = await sanitizeImage(phone, 'photo');
    expect(clean).toMatchObject({ mime: 'image/jpeg', width: 480, height: 640 });
    expect(phoneTagsIn(clean.bytes)).toEqual([]);
    expect(inspectImage(clean.bytes)).toEqual({ format: 'image/jpeg', readable: true, metadata: [] });
    // Upright without the tag: 480 wide, 640 high, and the blue band that was on the left is now on top.
    expect(await dimensions(clean.bytes)).toEqual({ width: 480, height: 640 });
    const [r, g, b] = await pixel(clean.bytes, 240, 40);
    expect(b).toBeGreaterThan(200);
    expect(r).toBeLessThan(60);
    expect(g).toBeLessThan(60);
    const bytes = Buffer.from(clean.bytes);
    for (const word of ['Amira', 'Hope Street', 'Exif', 'http://ns.adobe.com/'])
      expect(bytes.includes(word)).toBe(false);
  });

  it('drops PNG text chunks and WebP EXIF, keeping a logo as PNG with its transparency', async () => {
    const png = await pngWithText();
    expect(inspectImage(png).metadata).toEqual(expect.arrayContaining(['PNG tEXt chunk']));
    const logo = await sanitizeImage(png, 'logo');
    expect(logo.mime).toBe('image/png');
    expect(inspectImage(logo.bytes)).toEqual({ format: 'image/png', readable: true, metadata: [] });
    expect(phoneTagsIn(logo.bytes)).toEqual([]);

    const webp = await webpWithExif();
    expect(inspectImage(webp).metadata).toContain('WebP EXIF chunk');
    const photo = await sanitizeImage(webp, 'photo');
    expect(photo.mime).toBe('image/jpeg');
    expect(phoneTagsIn(photo.bytes)).toEqual([]);

    const seeThrough = await sharp({
      create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const kept = await sanitizeImage(new Uint8Array(seeThrough), 'logo');
    expect((await sharp(kept.bytes).metadata()).hasAlpha).toBe(true);
  });

  it('caps the size: photos at 1600 px, logos at 800 px on the longest side, never enlarging', async () => {
    const big = await landscapeJpeg(3000, 2000);
    expect(await sanitizeImage(big, 'photo')).toMatchObject({ width: 1600, height: 1067 });
    expect(await sanitizeImage(big, 'logo')).toMatchObject({ width: 800, height: 533 });
    expect(await sanitizeImage(await landscapeJpeg(120, 90), 'photo')).toMatchObject({ width: 120, height: 90 });
  });

  it('refuses what is not a readable still image, with a sentence for each', async () => {
    const text = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await refusal(text)).toMatchObject({
      code: 'UNSUPPORTED',
      message: 'That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.',
    });
    expect((await refusal(text, 'logo')).message).toMatch(/^That logo is not an image we can use\./);

    expect(await refusal(await truncatedJpeg())).toMatchObject({
      code: 'UNSUPPORTED',
      message:
        'That photo could not be read: the file looks damaged or incomplete. Save it again, or choose another image.',
    });

    const bomb = pngBomb();
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(await refusal(bomb)).toMatchObject({
      code: 'TOO_LARGE',
      message:
        'That photo is 30000 × 30000 pixels; the limit is 64 megapixels (for example 8000 × 8000). Choose a smaller image.',
    });

    const frames = Buffer.alloc(10 * 20 * 3, 0).fill(255, 0, 300);
    const animated = await sharp(frames, { raw: { width: 10, height: 20, channels: 3, pageHeight: 10 } })
      .gif()
      .toBuffer();
    expect((await refusal(new Uint8Array(animated), 'logo')).message).toBe(
      'That logo is animated. Choose a still image (JPEG, PNG, WebP or a one-frame GIF).',
    );

    // A format sharp could read but the app does not take (TIFF) is refused like any other non-image.
    const tiff = await sharp(await landscapeJpeg(20, 10))
      .tiff()
      .toBuffer();
    expect((await refusal(new Uint8Array(tiff))).code).toBe('UNSUPPORTED');
  });

  it('reads a JPEG exactly as exiftool does: nothing left but the picture', async () => {
    const clean = await sanitizeImage(await phonePhoto(), 'photo');
    const tags = exifTags(clean.bytes);
    const groups = new Set(Object.keys(tags).map((key) => key.split(':')[0]));
    // Only the file's own description (size, encoding) and what exiftool computes from it remain.
    expect([...groups].sort()).toEqual(['Composite', 'File']);
  });
});
