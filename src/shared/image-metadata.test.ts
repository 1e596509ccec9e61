/**
 * The structure walk on hand-made files, one hidden detail at a time. (Real phone photos, PNGs and WebPs made
 * with sharp and exiftool are read in src/main/images/sanitize.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { inspectImage, isCleanImage } from './image-metadata';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A JPEG segment: marker, two-byte length, data. */
const segment = (marker: number, ...data: Array<number[] | string>): number[] => {
  const body = [...bytes(...data)];
  return [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
};
const JFIF = segment(0xe0, 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0]);
const DQT = segment(0xdb, [0, ...new Array<number>(64).fill(1)]);
const SOF = segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
// Scan header, then entropy data with a stuffed 0xFF00 and a restart marker inside it.
const SCAN = [...segment(0xda, [1, 1, 0, 0, 0x3f, 0]), 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
const jpeg = (...extra: number[][]): Uint8Array =>
  new Uint8Array([0xff, 0xd8, ...JFIF, ...extra.flat(), ...DQT, ...SOF, ...SCAN, 0xff, 0xd9]);

/** A PNG chunk (the CRC is not checked, so zeros do). */
const chunk = (type: string, data: number[] | string = []): number[] => {
  const body = [...bytes(data)];
  const n = body.length;
  return [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff, ...bytes(type), ...body, 0, 0, 0, 0];
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (...extra: number[][]): Uint8Array =>
  new Uint8Array([
    ...PNG_SIGNATURE,
    ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]),
    ...chunk('pHYs', [0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]),
    ...extra.flat(),
    ...chunk('IDAT', [0x78, 0x9c, 0x63, 0, 0, 0, 4, 0, 1]),
    ...chunk('IEND'),
  ]);

const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
const riffChunk = (type: string, data: number[]): number[] => [
  ...bytes(type),
  ...le32(data.length),
  ...data,
  ...(data.length % 2 ? [0] : []),
];
const webp = (...chunks: number[][]): Uint8Array => {
  const body = [...bytes('WEBP'), ...chunks.flat()];
  return new Uint8Array([...bytes('RIFF'), ...le32(body.length), ...body]);
};
const VP8 = riffChunk('VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, 1, 0, 1, 0, 0x00]);

const gif = (...blocks: number[][]): Uint8Array =>
  new Uint8Array([
    ...bytes('GIF89a'),
    ...[1, 0, 1, 0, 0x80, 0, 0], // 1 x 1, a two-colour global table
    ...[0, 0, 0, 255, 255, 255],
    ...blocks.flat(),
    ...[0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0],
    0x3b,
  ]);
const subBlocks = (text: string) => [text.length, ...bytes(text), 0];

describe('inspectImage', () => {
  it('passes images that carry only their picture', () => {
    for (const image of [jpeg(), png(), webp(VP8), gif()]) {
      expect(inspectImage(image)).toMatchObject({ readable: true, metadata: [] });
      expect(isCleanImage(image)).toBe(true);
    }
    expect(inspectImage(gif([0x21, 0xff, ...subBlocks('NETSCAPE2.0'), ...[3, 1, 0, 0, 0]])).metadata).toEqual([]);
  });

  it('finds EXIF, XMP, IPTC, comments, ICC profiles, thumbnails and data after the end in a JPEG', () => {
    expect(inspectImage(jpeg(segment(0xe1, 'Exif\0\0MM')))).toMatchObject({ readable: true, metadata: ['EXIF'] });
    expect(inspectImage(jpeg(segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>'))).metadata).toEqual(['XMP']);
    expect(inspectImage(jpeg(segment(0xed, 'Photoshop 3.0\0')))).toMatchObject({
      metadata: ['IPTC (Photoshop APP13)'],
    });
    expect(inspectImage(jpeg(segment(0xfe, 'Taken at home'))).metadata).toEqual(['JPEG comment']);
    expect(inspectImage(jpeg(segment(0xe2, 'ICC_PROFILE\0'))).metadata).toEqual(['ICC profile']);
    expect(inspectImage(jpeg(segment(0xe0, 'JFXX\0', [0x10]))).metadata).toEqual(['JFIF thumbnail']);
    const withThumb = new Uint8Array([0xff, 0xd8, ...segment(0xe0, 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0])]);
    expect(inspectImage(withThumb).metadata).toContain('JFIF thumbnail');
    const trailing = new Uint8Array([...jpeg(), ...bytes('ftypmp42 a motion photo')]);
    expect(inspectImage(trailing)).toMatchObject({ readable: true, metadata: ['data after the end of the image'] });
    expect(inspectImage(jpeg(segment(0xee, 'Adobe\0', [1, 0, 0, 0, 0, 1]))).metadata).toEqual([]);
  });

  it('finds text, EXIF, time and private chunks in a PNG', () => {
    const found = inspectImage(
      png(
        chunk('tEXt', 'Comment\0Taken at home'),
        chunk('iTXt', 'Author\0\0\0\0\0Amira'),
        chunk('zTXt', 'Description\0\0x'),
        chunk('eXIf', 'MM\0*'),
        chunk('tIME', [7, 234, 12, 18, 9, 0, 0]),
        chunk('iCCP', 'Phone profile\0\0x'),
        chunk('prVt', 'anything'),
      ),
    );
    expect(found).toEqual({
      format: 'image/png',
      readable: true,
      metadata: [
        'PNG tEXt chunk',
        'PNG iTXt chunk',
        'PNG zTXt chunk',
        'PNG eXIf chunk',
        'PNG tIME chunk',
        'PNG iCCP chunk',
        'PNG prVt chunk',
      ],
    });
    expect(inspectImage(new Uint8Array([...png(), 1, 2, 3])).metadata).toEqual(['data after the end of the image']);
  });

  it('finds EXIF and XMP chunks in a WebP and comments or application data in a GIF', () => {
    const vp8x = riffChunk('VP8X', [0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(
      inspectImage(webp(vp8x, VP8, riffChunk('EXIF', [...bytes('MM\0*\0')]), riffChunk('XMP ', [...bytes('<x/>')]))),
    ).toEqual({
      format: 'image/webp',
      readable: true,
      metadata: ['WebP EXIF chunk', 'WebP XMP chunk'],
    });
    expect(inspectImage(gif([0x21, 0xfe, ...subBlocks('Taken at home')])).metadata).toEqual(['GIF comment']);
    expect(inspectImage(gif([0x21, 0xff, ...subBlocks('XMP DataXMP'), 0])).metadata).toEqual([
      'GIF application data (XMP DataXMP)',
    ]);
  });

  it('counts a file it cannot walk to its end as unreadable, and a non-image as no format', () => {
    const whole = jpeg(segment(0xe1, 'Exif\0\0MM'));
    expect(inspectImage(whole.subarray(0, whole.length - 6))).toMatchObject({ readable: false });
    expect(isCleanImage(jpeg().subarray(0, 40))).toBe(false);
    expect(inspectImage(png().subarray(0, 30)).readable).toBe(false);
    expect(inspectImage(webp(riffChunk('VP8 ', [1, 2, 3, 4])).subarray(0, 18)).readable).toBe(false);
    expect(inspectImage(gif().subarray(0, 20)).readable).toBe(false);
    const fakePng = new Uint8Array([...PNG_SIGNATURE, 0, 0, 0, 13, 1, 2, 3]);
    expect(inspectImage(fakePng)).toEqual({ format: 'image/png', readable: false, metadata: [] });
    expect(inspectImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({
      format: null,
      readable: false,
      metadata: [],
    });
  });
});
