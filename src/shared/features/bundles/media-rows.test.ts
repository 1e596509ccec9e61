/** A bundle's media rows: camera takes are recordings like sound ones, each held to its own size cap. */
import { describe, expect, it } from 'vitest';
import { MAX_RECORDING_BYTES, MAX_VIDEO_RECORDING_BYTES } from '../rehearsal/schemas';
import { mediaRowSchema } from './rows-practice';

const row = (mime: string, size: number) => ({
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  kind: 'audio',
  mime,
  size,
  sha256: 'a'.repeat(64),
  created_at: '2026-10-01T09:00:00.000Z',
  deleted_at: null,
});

const issues = (value: unknown) => {
  const parsed = mediaRowSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('media rows for recordings', () => {
  it('accept a camera take larger than any sound recording, up to the video cap', () => {
    expect(issues(row('video/webm;codecs=vp8,opus', MAX_RECORDING_BYTES + 1))).toEqual([]);
    expect(issues(row('video/webm', MAX_VIDEO_RECORDING_BYTES))).toEqual([]);
    expect(issues(row('video/webm', MAX_VIDEO_RECORDING_BYTES + 1))).toEqual(['Recording too large']);
  });

  it('keep sound recordings to their own cap', () => {
    expect(issues(row('audio/webm;codecs=opus', MAX_RECORDING_BYTES))).toEqual([]);
    expect(issues(row('audio/webm;codecs=opus', MAX_RECORDING_BYTES + 1))).toEqual(['Recording too large']);
  });

  it('refuse other video containers and anything that is not a recording', () => {
    expect(issues(row('video/x-msvideo', 10))).toEqual(['Unsupported recording type']);
    expect(issues(row('image/png', 10))).toEqual(['Unsupported recording type']);
  });
});
