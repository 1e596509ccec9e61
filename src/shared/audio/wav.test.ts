/**
 * WAV decoding on hand-built files: every format we accept, and every kind of damage or foreign file we
 * must either repair or refuse with a clear sentence. (src/main/audio/wav-sox.test.ts checks the same reader
 * on files written by sox.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWav, WavError } from './wav';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

/** A RIFF chunk; odd-sized bodies get their pad byte unless `pad` is false. */
function chunk(
  id: string,
  body: Uint8Array,
  { pad = true, declaredSize }: { pad?: boolean; declaredSize?: number } = {},
) {
  const padding = pad && body.length % 2 ? new Uint8Array(1) : new Uint8Array(0);
  return concat(ascii(id), u32(declaredSize ?? body.length), body, padding);
}

interface FmtSpec {
  formatTag?: number;
  channels?: number;
  sampleRate?: number;
  bits?: number;
  blockAlign?: number;
  extensibleTag?: number;
}

function fmt({ formatTag = 1, channels = 1, sampleRate = 16_000, bits = 16, blockAlign, extensibleTag }: FmtSpec = {}) {
  const align = blockAlign ?? channels * Math.ceil(bits / 8);
  const body = new Uint8Array(extensibleTag === undefined ? 16 : 40);
  const v = new DataView(body.buffer);
  v.setUint16(0, extensibleTag === undefined ? formatTag : 0xfffe, true);
  v.setUint16(2, channels, true);
  v.setUint32(4, sampleRate, true);
  v.setUint32(8, sampleRate * align, true);
  v.setUint16(12, align, true);
  v.setUint16(14, bits, true);
  if (extensibleTag !== undefined) {
    v.setUint16(16, 22, true); // cbSize
    v.setUint16(18, bits, true); // valid bits
    v.setUint32(20, channels === 2 ? 3 : 4, true); // channel mask
    v.setUint16(24, extensibleTag, true); // sub-format GUID starts with the real format tag
    body.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 26);
  }
  return chunk('fmt ', body);
}

function riff(...chunks: Uint8Array[]): Uint8Array {
  const body = concat(ascii('WAVE'), ...chunks);
  return concat(ascii('RIFF'), u32(body.length), body);
}

/** Encodes interleaved samples in [-1, 1]. */
function pcm(samples: number[], bits: 8 | 16 | 24 | 32, float = false): Uint8Array {
  const bytes = bits / 8;
  const out = new Uint8Array(samples.length * bytes);
  const v = new DataView(out.buffer);
  samples.forEach((x, i) => {
    const at = i * bytes;
    if (float && bits === 32) v.setFloat32(at, x, true);
    else if (bits === 8) v.setUint8(at, Math.round(x * 127) + 128);
    else if (bits === 16) v.setInt16(at, Math.round(x * 32767), true);
    else if (bits === 24) {
      const n = Math.round(x * 8388607);
      v.setUint8(at, n & 0xff);
      v.setUint8(at + 1, (n >> 8) & 0xff);
      v.setInt8(at + 2, n >> 16);
    } else v.setInt32(at, Math.round(x * 2147483647), true);
  });
  return out;
}

function float64(samples: number[]): Uint8Array {
  const out = new Uint8Array(samples.length * 8);
  const v = new DataView(out.buffer);
  samples.forEach((x, i) => v.setFloat64(i * 8, x, true));
  return out;
}

const RAMP = [0, 0.25, -0.5, 0.75, -1, 0.5];

function expectWavError(bytes: Uint8Array, message: RegExp): void {
  let caught: unknown;
  try {
    decodeWav(bytes);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WavError);
  expect((caught as WavError).name).toBe('WavError');
  expect((caught as WavError).message).toMatch(message);
}

describe('decodeWav: formats', () => {
  it.each([
    [8, 1 / 127],
    [16, 1 / 32767],
    [24, 1 / 8388607],
    [32, 1e-9],
  ] as const)('decodes %i-bit integer PCM', (bits, tolerance) => {
    const w = decodeWav(riff(fmt({ bits }), chunk('data', pcm(RAMP, bits))));
    expect(w).toMatchObject({ encoding: 'pcm', bitsPerSample: bits, channels: 1, sampleRate: 16_000, warnings: [] });
    expect(w.samples).toHaveLength(RAMP.length);
    RAMP.forEach((x, i) => expect(Math.abs(w.samples[i]! - x)).toBeLessThanOrEqual(tolerance + 1e-6));
  });

  it('decodes 32-bit and 64-bit float', () => {
    const f32 = decodeWav(riff(fmt({ formatTag: 3, bits: 32 }), chunk('data', pcm(RAMP, 32, true))));
    expect(f32.encoding).toBe('float');
    expect(Array.from(f32.samples)).toEqual(RAMP);
    const f64 = decodeWav(riff(fmt({ formatTag: 3, bits: 64 }), chunk('data', float64(RAMP))));
    expect(f64.bitsPerSample).toBe(64);
    expect(Array.from(f64.samples)).toEqual(RAMP);
  });

  it('decodes WAVE_FORMAT_EXTENSIBLE (sox, Audacity) by its sub-format', () => {
    const w = decodeWav(riff(fmt({ bits: 24, extensibleTag: 1 }), chunk('data', pcm(RAMP, 24))));
    expect(w.bitsPerSample).toBe(24);
    const f = decodeWav(riff(fmt({ bits: 32, extensibleTag: 3 }), chunk('data', pcm(RAMP, 32, true))));
    expect(f.encoding).toBe('float');
  });

  it('mixes stereo (and more channels) down to mono', () => {
    const stereo = [0.5, -0.5, 1, 0, 0.25, 0.25]; // L R pairs
    const w = decodeWav(riff(fmt({ channels: 2, bits: 16 }), chunk('data', pcm(stereo, 16))));
    expect(w.channels).toBe(2);
    expect(Array.from(w.samples).map((x) => Math.round(x * 1000) / 1000)).toEqual([0, 0.5, 0.25]);
    const six = decodeWav(riff(fmt({ channels: 6, bits: 16 }), chunk('data', pcm(Array(12).fill(0.5), 16))));
    expect(six.samples).toHaveLength(2);
  });

  it.each([8000, 11025, 22050, 44100, 48000, 96000])('keeps the sample rate (%i Hz) and the duration', (rate) => {
    const w = decodeWav(riff(fmt({ sampleRate: rate }), chunk('data', pcm(Array(rate / 5).fill(0.1), 16))));
    expect(w.sampleRate).toBe(rate);
    expect(w.durationSeconds).toBeCloseTo(0.2, 9);
  });

  it('skips chunks before and after the data (LIST, fact, JUNK, id3)', () => {
    const list = chunk('LIST', concat(ascii('INFO'), chunk('INAM', ascii('Take 1\0'))));
    const w = decodeWav(
      riff(
        chunk('JUNK', new Uint8Array(28)),
        fmt(),
        chunk('fact', u32(6)),
        list,
        chunk('data', pcm(RAMP, 16)),
        chunk('id3 ', new Uint8Array(10)),
      ),
    );
    expect(w.samples).toHaveLength(RAMP.length);
    expect(w.warnings).toEqual([]);
  });

  it('follows RIFF padding after an odd-sized chunk, and copes when a writer forgot the pad byte', () => {
    const odd = chunk('LIST', ascii('INFOabc')); // 7 bytes + pad
    expect(decodeWav(riff(fmt(), odd, chunk('data', pcm(RAMP, 16)))).samples).toHaveLength(6);
    const unpadded = chunk('LIST', ascii('INFOabc'), { pad: false });
    expect(decodeWav(riff(fmt(), unpadded, chunk('data', pcm(RAMP, 16)))).samples).toHaveLength(6);
    // An odd-sized data chunk (8-bit mono, 5 samples) followed by its pad byte.
    expect(decodeWav(riff(fmt({ bits: 8 }), chunk('data', pcm(RAMP.slice(0, 5), 8)))).samples).toHaveLength(5);
  });
});

describe('decodeWav: damaged files', () => {
  it('a data size larger than the file (lying header): decodes what is there and says so', () => {
    const bytes = riff(fmt(), chunk('data', pcm(RAMP, 16), { declaredSize: 1_000_000 }));
    const w = decodeWav(bytes);
    expect(w.samples).toHaveLength(RAMP.length);
    expect(w.warnings.join(' ')).toMatch(/header promises .* file holds .*truncated/);
  });

  it('a file cut off mid-frame: drops the incomplete frame and says so', () => {
    const full = riff(fmt({ bits: 24, channels: 2 }), chunk('data', pcm([...RAMP, ...RAMP], 24)));
    const w = decodeWav(full.subarray(0, full.length - 4));
    expect(w.samples).toHaveLength(RAMP.length - 1);
    expect(w.warnings.join(' ')).toMatch(/incomplete last frame/);
  });

  it('the RIFF size field lying (0 or huge) does not matter', () => {
    for (const size of [0, 0xffffffff]) {
      const bytes = riff(fmt(), chunk('data', pcm(RAMP, 16)));
      new DataView(bytes.buffer).setUint32(4, size, true);
      expect(decodeWav(bytes).samples).toHaveLength(RAMP.length);
    }
  });

  it('a streaming writer\'s "unknown" data size (0xFFFFFFFF) reads to the end of the file', () => {
    const w = decodeWav(riff(fmt(), chunk('data', pcm(RAMP, 16), { declaredSize: 0xffffffff })));
    expect(w.samples).toHaveLength(RAMP.length);
    expect(w.warnings).toHaveLength(1);
  });

  it('a header never rewritten (data size 0 with audio after it) decodes the audio', () => {
    const w = decodeWav(riff(fmt(), chunk('data', pcm([0.3, -0.3, 0.3, -0.3], 16), { declaredSize: 0 })));
    expect(w.samples).toHaveLength(4);
    expect(w.warnings.join(' ')).toMatch(/says the audio is empty/);
  });

  it('a wrong block-align field is corrected from the format', () => {
    const w = decodeWav(
      riff(fmt({ bits: 16, channels: 2, blockAlign: 3 }), chunk('data', pcm([0.5, 0.5, 0.5, 0.5], 16))),
    );
    expect(w.samples).toHaveLength(2);
    expect(w.warnings.join(' ')).toMatch(/frame size/);
  });

  it('refuses zero-length audio', () => {
    expectWavError(riff(fmt(), chunk('data', new Uint8Array(0))), /contains no audio/);
    expectWavError(riff(fmt(), chunk('data', new Uint8Array(0)), chunk('LIST', ascii('INFO'))), /contains no audio/);
    expectWavError(riff(fmt({ channels: 2 }), chunk('data', new Uint8Array(2))), /contains no audio/); // less than one frame
  });

  it('refuses a file truncated before the audio, or without format or data', () => {
    const full = riff(fmt(), chunk('data', pcm(RAMP, 16)));
    expectWavError(full.subarray(0, 8), /too short/);
    expectWavError(full.subarray(0, 30), /cut short inside its format header/);
    expectWavError(full.subarray(0, 36), /no audio data/);
    expectWavError(riff(chunk('data', pcm(RAMP, 16))), /no format header/);
    expectWavError(riff(fmt()), /no audio data/);
    expectWavError(
      riff(fmt(), chunk('LIST', ascii('INFO'), { declaredSize: 5000 }), chunk('data', pcm(RAMP, 16))),
      /damaged.*"LIST"/,
    );
  });

  it('refuses impossible format values', () => {
    expectWavError(riff(fmt({ channels: 0 }), chunk('data', pcm(RAMP, 16))), /no audio channels/);
    expectWavError(riff(fmt({ sampleRate: 0 }), chunk('data', pcm(RAMP, 16))), /impossible sample rate/);
    expectWavError(riff(fmt({ bits: 12 * 8 }), chunk('data', pcm(RAMP, 16))), /96-bit integer .* not supported/);
    expectWavError(
      riff(fmt({ formatTag: 3, bits: 16 }), chunk('data', pcm(RAMP, 16))),
      /16-bit floating-point .* not supported/,
    );
    expectWavError(riff(chunk('fmt ', new Uint8Array(8)), chunk('data', pcm(RAMP, 16))), /format header is too short/);
  });
});

describe('decodeWav: foreign and unsupported files are refused clearly', () => {
  it.each([
    [6, /A-law audio/],
    [7, /mu-law audio/],
    [0x55, /MP3 audio/],
    [0x11, /IMA ADPCM audio/],
    [0x1234, /unsupported encoding \(format 0x1234\)/],
  ])('format tag %i', (formatTag, message) => {
    expectWavError(riff(fmt({ formatTag, bits: 8 }), chunk('data', new Uint8Array(100))), message);
  });

  it('names an extensible file holding a compressed sub-format', () => {
    expectWavError(riff(fmt({ bits: 8, extensibleTag: 6 }), chunk('data', new Uint8Array(100))), /A-law/);
  });

  it.each([
    ['an empty file', new Uint8Array(0), /file is empty/],
    ['plain text', ascii('hello, this is not audio at all'), /not a WAV file\. Convert/],
    ['an MP3 with ID3 tag', concat(ascii('ID3'), new Uint8Array(40)), /looks like an MP3/],
    ['a bare MP3 frame', Uint8Array.from([0xff, 0xfb, 0x90, 0x64, ...new Array(40).fill(0)]), /looks like an MP3/],
    ['an Ogg file', concat(ascii('OggS'), new Uint8Array(40)), /Ogg/],
    ['a FLAC file', concat(ascii('fLaC'), new Uint8Array(40)), /FLAC/],
    ['an M4A file', concat(u32(32), ascii('ftypM4A '), new Uint8Array(40)), /MP4\/M4A/],
    ['a WebM file', Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, ...new Array(40).fill(0)]), /WebM/],
    [
      'an AVI (RIFF but not WAVE)',
      concat(ascii('RIFF'), u32(100), ascii('AVI LIST')),
      /RIFF file of type "AVI ", not a WAV/,
    ],
    ['a big-endian RIFX', concat(ascii('RIFX'), u32(100), ascii('WAVE')), /Big-endian/],
  ])('%s', (_name, bytes, message) => {
    expectWavError(bytes, message);
  });

  it('arbitrary bytes either decode or throw WavError, never anything else (property)', () => {
    const wavPrefix = riff(fmt(), chunk('data', pcm(RAMP, 16)));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 0, max: wavPrefix.length }), (noise, cut) => {
        for (const bytes of [noise, concat(wavPrefix.subarray(0, cut), noise)]) {
          try {
            const w = decodeWav(bytes);
            expect(w.samples.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(WavError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads RF64 (the 64-bit WAV of long broadcast recordings) using the ds64 data size', () => {
    const audio = pcm(RAMP, 16);
    const ds64 = new Uint8Array(28);
    new DataView(ds64.buffer).setUint32(8, audio.length, true); // data size, low 32 bits
    const body = concat(ascii('WAVE'), chunk('ds64', ds64), fmt(), chunk('data', audio, { declaredSize: 0xffffffff }));
    const w = decodeWav(concat(ascii('RF64'), u32(0xffffffff), body));
    expect(w.samples).toHaveLength(RAMP.length);
    expect(w.warnings).toEqual([]);
  });

  it('reads from a Uint8Array that is a view into a larger buffer', () => {
    const inner = riff(fmt(), chunk('data', pcm(RAMP, 16)));
    const outer = new Uint8Array(inner.length + 20);
    outer.set(inner, 10);
    expect(decodeWav(outer.subarray(10, 10 + inner.length)).samples).toHaveLength(RAMP.length);
  });
});
