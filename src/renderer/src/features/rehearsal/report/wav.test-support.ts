/**
 * 16-bit PCM WAV in and out, for the take report's component tests: jsdom has no Web Audio to decode a
 * recording, so the tests store a WAV and measure it with the same analysis the app runs in its worker.
 */
import { analyseSpeech } from '../../../../../shared/speech';
import type { TakeAnalyser } from './take-analysis';
import { envelopeOf } from './waveform';

export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return bytes;
}

/** Reads back what encodeWav wrote (one channel, 16-bit, the 44-byte header). */
export function decodeWav(bytes: Uint8Array): { samples: Float32Array; sampleRate: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sampleRate = view.getUint32(24, true);
  const count = view.getUint32(40, true) / 2;
  const samples = new Float32Array(count);
  for (let i = 0; i < count; i += 1) samples[i] = view.getInt16(44 + i * 2, true) / 32767;
  return { samples, sampleRate };
}

/** The app's analysis, run in the test's own thread on a stored WAV. */
export const analyseWav: TakeAnalyser = async ({ bytes }) => {
  const { samples, sampleRate } = decodeWav(bytes);
  return { metrics: analyseSpeech(samples, sampleRate), envelope: envelopeOf(samples, sampleRate) };
};
