import { MAX_RECORDING_BYTES } from '../../../../../shared/features/rehearsal/schemas';

export interface Recording {
  blob: Blob;
  mime: string;
}

export interface TakeRecorder {
  pause(): void;
  resume(): void;
  /** Stops, releases the microphone and returns the recording. */
  stop(): Promise<Recording>;
  /** Stops and throws the recording away (leaving the page mid-answer). */
  discard(): void;
}

/** Opus in WebM is what Chromium (Electron and browser mode) records; the others cover other engines. */
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

/** Data arrives every second, so the byte cap is checked with a second's worth of room to spare. */
const SLICE_MS = 1000;
const AUDIO_BITS_PER_SECOND = 64_000;
const SAFETY_BYTES = 256 * 1024;

function pickType(): string | undefined {
  return PREFERRED_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

/**
 * Records one take from an open microphone stream. `onLimit` fires once when the recording nears
 * MAX_RECORDING_BYTES, so the caller can stop it with a message rather than lose it at save time.
 */
export function startRecorder(stream: MediaStream, onLimit: () => void, maxBytes = MAX_RECORDING_BYTES): TakeRecorder {
  const mimeType = pickType();
  const recorder = new MediaRecorder(stream, {
    ...(mimeType ? { mimeType } : {}),
    audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
  });
  const chunks: Blob[] = [];
  let bytes = 0;
  let limitReported = false;
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size === 0) return;
    chunks.push(event.data);
    bytes += event.data.size;
    if (!limitReported && bytes >= maxBytes - SAFETY_BYTES) {
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
          const mime = (recorder.mimeType || mimeType || 'audio/webm').toLowerCase();
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
