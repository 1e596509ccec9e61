import { MAX_RECORDING_BYTES, MAX_VIDEO_RECORDING_BYTES } from '../../../../../shared/features/rehearsal/schemas';

export interface Recording {
  blob: Blob;
  mime: string;
}

export interface TakeRecorder {
  pause(): void;
  resume(): void;
  /** Stops, releases the microphone (and camera) and returns the recording. */
  stop(): Promise<Recording>;
  /** Stops and throws the recording away (leaving the page mid-answer). */
  discard(): void;
}

/** What to record and how much of it may be kept. */
export interface RecordingFormat {
  /** Container and codecs in order of preference; the first the browser supports is used. */
  types: readonly string[];
  /** Used when the browser names no type for what it recorded. */
  fallbackMime: string;
  audioBitsPerSecond: number;
  videoBitsPerSecond?: number;
  maxBytes: number;
}

/** Opus in WebM is what Chromium (Electron and browser mode) records; the others cover other engines. */
export const AUDIO_FORMAT: RecordingFormat = {
  types: ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'],
  fallbackMime: 'audio/webm',
  audioBitsPerSecond: 64_000,
  maxBytes: MAX_RECORDING_BYTES,
};

/**
 * Camera takes: VP8 before VP9 because it costs a laptop's processor far less at 720p while the answer is being
 * recorded; 2 Mbit/s of 720p is a clear picture of one face, and keeps a 5-minute take under 80 MB.
 */
export const VIDEO_FORMAT: RecordingFormat = {
  types: ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm', 'video/mp4'],
  fallbackMime: 'video/webm',
  audioBitsPerSecond: 64_000,
  videoBitsPerSecond: 2_000_000,
  maxBytes: MAX_VIDEO_RECORDING_BYTES,
};

/** Data arrives every second, so the byte cap is checked with two seconds' worth of room to spare. */
const SLICE_MS = 1000;
const MIN_SAFETY_BYTES = 256 * 1024;

function safetyBytes(format: RecordingFormat): number {
  const bytesPerSecond = (format.audioBitsPerSecond + (format.videoBitsPerSecond ?? 0)) / 8;
  return Math.max(MIN_SAFETY_BYTES, 2 * bytesPerSecond);
}

function pickType(format: RecordingFormat): string | undefined {
  return format.types.find((type) => MediaRecorder.isTypeSupported(type));
}

/**
 * Records one take from an open stream (microphone, or camera and microphone). `onLimit` fires once when the
 * recording nears the format's cap, so the caller can stop it with a message rather than lose it at save time.
 */
export function startRecorder(stream: MediaStream, onLimit: () => void, format = AUDIO_FORMAT): TakeRecorder {
  const mimeType = pickType(format);
  const maxBytes = format.maxBytes;
  const recorder = new MediaRecorder(stream, {
    ...(mimeType ? { mimeType } : {}),
    audioBitsPerSecond: format.audioBitsPerSecond,
    ...(format.videoBitsPerSecond ? { videoBitsPerSecond: format.videoBitsPerSecond } : {}),
  });
  const chunks: Blob[] = [];
  let bytes = 0;
  let limitReported = false;
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size === 0) return;
    chunks.push(event.data);
    bytes += event.data.size;
    if (!limitReported && bytes >= maxBytes - safetyBytes(format)) {
      limitReported = true;
      onLimit();
    }
  });
  const release = () => stream.getTracks().forEach((track) => track.stop());
  recorder.start(SLICE_MS);

  return {
    pause: () => {
      if (recorder.state === 'recording') recorder.pause();
    },
    resume: () => {
      if (recorder.state === 'paused') recorder.resume();
    },
    stop: () =>
      new Promise<Recording>((resolve, reject) => {
        const finish = () => {
          release();
          const mime = (recorder.mimeType || mimeType || format.fallbackMime).toLowerCase();
          resolve({ blob: new Blob(chunks, { type: mime }), mime });
        };
        if (recorder.state === 'inactive') return finish();
        recorder.addEventListener('stop', finish, { once: true });
        recorder.addEventListener(
          'error',
          () => {
            release();
            reject(new Error('The recording stopped unexpectedly.'));
          },
          { once: true },
        );
        recorder.stop();
      }),
    discard: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}
