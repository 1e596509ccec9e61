import { describe, expect, it } from 'vitest';
import recordedDataUrl from './fixtures/mediarecorder-speech.webm?inline';
import { knownDurationMs, withDuration } from './webm-duration';

/**
 * Three seconds of a person reading (LibriVox, from Debian's pocketsphinx-testdata) through Chromium's fake
 * microphone, recorded by its MediaRecorder (Opus in WebM): the file exactly as the app receives it.
 */
const recorded = Uint8Array.from(atob(recordedDataUrl.slice(recordedDataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));

/** Reads the Duration of the Segment's Info section (EBML ids 0x1549A966 and 0x4489), in Info's time units. */
function infoDuration(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const info = [0x15, 0x49, 0xa9, 0x66];
  const start = bytes.findIndex((_, i) => info.every((b, k) => bytes[i + k] === b));
  if (start < 0) return null;
  // Info's size is a one-byte-marker VINT here (0x80 | size) in both the original and the fixed file.
  const sizeByte = bytes[start + 4]!;
  const width = Math.clz32(sizeByte) - 23;
  let size = sizeByte & (0xff >> width);
  for (let k = 1; k < width; k += 1) size = size * 256 + bytes[start + 4 + k]!;
  const end = start + 4 + width + size;
  for (let i = start + 4 + width; i < end - 2; i += 1) {
    if (bytes[i] === 0x44 && bytes[i + 1] === 0x89) {
      const length = bytes[i + 2]! & 0x7f;
      return length === 8 ? view.getFloat64(i + 3) : view.getFloat32(i + 3);
    }
  }
  return null;
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('withDuration', () => {
  it('writes the length into a MediaRecorder WebM file, which has none', async () => {
    expect(infoDuration(recorded)).toBeNull();
    const fixed = await withDuration(new Blob([recorded], { type: 'audio/webm;codecs=opus' }), 3020);
    expect(fixed.type).toBe('audio/webm;codecs=opus');
    const bytes = await bytesOf(fixed);
    expect(infoDuration(bytes)).toBe(3020);
    // Only the container's bookkeeping changes (the e2e journey plays and seeks the result in Chromium).
    expect(Math.abs(bytes.length - recorded.length)).toBeLessThan(64);
  });

  it('leaves a file that already has a length, and anything that is not WebM, as it was', async () => {
    const once = await withDuration(new Blob([recorded], { type: 'audio/webm' }), 3020);
    const twice = await withDuration(once, 9999);
    expect(infoDuration(await bytesOf(twice))).toBe(3020);
    const ogg = new Blob([new Uint8Array([79, 103, 103, 83])], { type: 'audio/ogg' });
    expect(await withDuration(ogg, 3000)).toBe(ogg);
    const junk = new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/webm' });
    expect(await bytesOf(await withDuration(junk, 3000))).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe('knownDurationMs', () => {
  it('prefers the length measured from the decoded audio over the answer clock', () => {
    expect(knownDurationMs({ durationMs: 12_000, metrics: { durationSeconds: 11.46 } })).toBe(11_460);
    expect(knownDurationMs({ durationMs: 12_000, metrics: null })).toBe(12_000);
    expect(knownDurationMs({ durationMs: 12_000, metrics: { durationSeconds: 0 } })).toBe(12_000);
  });
});
