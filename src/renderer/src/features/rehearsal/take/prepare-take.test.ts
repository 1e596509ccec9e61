import { describe, expect, it } from 'vitest';
import { MAX_RECORDING_BYTES, MAX_VIDEO_RECORDING_BYTES } from '../../../../../shared/features/rehearsal/schemas';
import { prepareTake } from './prepare-take';

const recording = (bytes: Uint8Array, mime = 'audio/webm') => ({
  blob: new Blob([new Uint8Array(bytes)], { type: mime }),
  mime,
});

describe('prepareTake', () => {
  it('keeps nothing for an empty recording, without a worrying message', async () => {
    expect(await prepareTake(recording(new Uint8Array(0)))).toEqual({ notice: null });
    expect(await prepareTake(null)).toEqual({ notice: null });
  });

  it('keeps a recording that cannot be decoded, with a calm note and no made-up measures', async () => {
    const junk = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const prepared = await prepareTake(recording(junk));
    expect(prepared.metrics).toBeUndefined();
    expect(prepared.recording).toEqual({ mime: 'audio/webm', bytes: junk });
    expect(prepared.notice).toMatch(/could not measure this recording/);
  });

  it('does not try to save a recording over the cap, and says so', async () => {
    const prepared = await prepareTake(recording(new Uint8Array(MAX_RECORDING_BYTES + 1)));
    expect(prepared.recording).toBeUndefined();
    expect(prepared.notice).toMatch(/too large to keep/);
  });

  it('keeps a camera take larger than any sound recording may be, up to the video cap', async () => {
    const video = await prepareTake(recording(new Uint8Array(MAX_RECORDING_BYTES + 1), 'video/webm;codecs=vp8,opus'));
    expect(video.recording?.mime).toBe('video/webm;codecs=vp8,opus');
    expect(video.recording?.bytes.byteLength).toBe(MAX_RECORDING_BYTES + 1);
    const tooBig = await prepareTake(recording(new Uint8Array(MAX_VIDEO_RECORDING_BYTES + 1), 'video/webm'));
    expect(tooBig.recording).toBeUndefined();
    expect(tooBig.notice).toMatch(/too large to keep \(over 80\.0 MB\)/);
  });
});
