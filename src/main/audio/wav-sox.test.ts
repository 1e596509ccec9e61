/**
 * The WAV reader on files written by sox (a real, independent writer): every bit depth and encoding we
 * accept at the common sample rates, stereo, damage applied to real files, and the encodings we refuse.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeWav, WavError } from '../../shared/audio/wav';
import { describeWithTools, missingTools } from '../test-support/required-tools';

const missing = missingTools(['sox']).length > 0;

let dir = '';
beforeAll(() => {
  if (!missing) dir = mkdtempSync(join(tmpdir(), 'wav-sox-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** 0.25 s of a 440 Hz sine at half scale, written by sox with the given output options. */
function soxSine(name: string, rate: number, outputOptions: string[], channels = 1): Uint8Array {
  const file = join(dir, name);
  const remix = channels === 2 ? ['remix', '1', '0'] : []; // stereo: sine on the left, silence on the right
  execFileSync('sox', [
    '-n',
    '-r',
    String(rate),
    '-c',
    String(channels),
    ...outputOptions,
    file,
    'synth',
    '0.25',
    'sine',
    '440',
    'vol',
    '0.5',
    ...remix,
  ]);
  return new Uint8Array(readFileSync(file));
}

function peak(samples: Float32Array): number {
  let max = 0;
  for (const x of samples) max = Math.max(max, Math.abs(x));
  return max;
}

/** Frequency from upward zero crossings: checks the samples are read in the right order and scale. */
function frequency(samples: Float32Array, rate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i += 1) if (samples[i - 1]! < 0 && samples[i]! >= 0) crossings += 1;
  return crossings / (samples.length / rate);
}

const ENCODINGS: [string, string[], number, 'pcm' | 'float'][] = [
  ['8-bit unsigned', ['-b', '8', '-e', 'unsigned-integer'], 8, 'pcm'],
  ['16-bit', ['-b', '16', '-e', 'signed-integer'], 16, 'pcm'],
  ['24-bit', ['-b', '24', '-e', 'signed-integer'], 24, 'pcm'],
  ['32-bit int', ['-b', '32', '-e', 'signed-integer'], 32, 'pcm'],
  ['32-bit float', ['-b', '32', '-e', 'floating-point'], 32, 'float'],
  ['64-bit float', ['-b', '64', '-e', 'floating-point'], 64, 'float'],
];

describeWithTools(['sox'], 'WAV files written by sox', () => {
  for (const rate of [8000, 22050, 44100, 48000]) {
    it.each(ENCODINGS)(`%s at ${rate} Hz`, (name, options, bits, encoding) => {
      const w = decodeWav(soxSine(`${name.replace(/\W/g, '')}-${rate}.wav`, rate, options));
      expect(w).toMatchObject({ sampleRate: rate, channels: 1, bitsPerSample: bits, encoding, warnings: [] });
      expect(w.durationSeconds).toBeCloseTo(0.25, 3);
      expect(peak(w.samples)).toBeGreaterThan(0.48);
      expect(peak(w.samples)).toBeLessThan(0.52);
      expect(Math.abs(frequency(w.samples, rate) - 440)).toBeLessThan(8);
    });
  }

  it('mixes stereo down to mono (sine left, silence right: half the amplitude)', () => {
    for (const options of [
      ['-b', '16'],
      ['-b', '24'],
      ['-b', '32', '-e', 'floating-point'],
    ]) {
      const w = decodeWav(soxSine(`stereo-${options[1]}.wav`, 44_100, options, 2));
      expect(w.channels).toBe(2);
      expect(peak(w.samples)).toBeGreaterThan(0.24);
      expect(peak(w.samples)).toBeLessThan(0.26);
    }
  });

  it('decodes a truncated sox file and a sox file whose data size lies', () => {
    const bytes = soxSine('trunc.wav', 48_000, ['-b', '24']);
    const truncated = decodeWav(bytes.subarray(0, bytes.length - 1001));
    expect(truncated.durationSeconds).toBeLessThan(0.25);
    expect(truncated.durationSeconds).toBeGreaterThan(0.24);
    expect(truncated.warnings.length).toBeGreaterThan(0);

    const lying = Uint8Array.from(bytes);
    const view = new DataView(lying.buffer);
    const dataAt = findChunk(lying, 'data');
    view.setUint32(dataAt + 4, 10_000_000, true);
    const decoded = decodeWav(lying);
    expect(decoded.durationSeconds).toBeCloseTo(0.25, 3);
    expect(decoded.warnings.join(' ')).toMatch(/truncated/);
  });

  it.each([
    ['a-law', /A-law/],
    ['u-law', /mu-law/],
    ['ms-adpcm', /Microsoft ADPCM/],
    ['ima-adpcm', /IMA ADPCM/],
  ])('refuses %s WAV with a clear message', (encoding, message) => {
    const options = encoding.includes('adpcm') ? ['-e', encoding] : ['-b', '8', '-e', encoding];
    const bytes = soxSine(`${encoding}.wav`, 8000, options);
    expect(() => decodeWav(bytes)).toThrow(WavError);
    expect(() => decodeWav(bytes)).toThrow(message);
  });

  it.each([
    ['aiff', /AIFF/],
    ['flac', /FLAC/],
    ['au', /not a WAV file/],
  ])('refuses a .%s file', (type, message) => {
    const file = join(dir, `sine.${type}`);
    execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', file, 'synth', '0.1', 'sine', '440']);
    expect(() => decodeWav(new Uint8Array(readFileSync(file)))).toThrow(message);
  });
});

function findChunk(bytes: Uint8Array, id: string): number {
  for (let i = 12; i + 4 <= bytes.length; i += 1) {
    if (String.fromCharCode(...bytes.subarray(i, i + 4)) === id) return i;
  }
  throw new Error(`no ${id} chunk`);
}
