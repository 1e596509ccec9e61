import type { TakeMetrics } from '../../../../../shared/features/rehearsal/schemas';
import { toTakeMetrics } from '../metrics';
import type { AnalyseReply, AnalyseRequest } from './speech.worker';

/**
 * Decoding rate. The analysis works at 8 kHz internally; 16 kHz keeps the decoded copy of a 5-minute take
 * under 20 MB instead of ~60 MB at 48 kHz.
 */
const DECODE_RATE = 16_000;
const WORKER_TIMEOUT_MS = 30_000;

/** Decodes a recording (any format the browser can play) to one channel of samples. */
export async function decodeToMono(bytes: ArrayBuffer): Promise<AnalyseRequest> {
  // An OfflineAudioContext never touches the sound card and needs no user gesture to start.
  const context = new OfflineAudioContext(1, 1, DECODE_RATE);
  const buffer = await context.decodeAudioData(bytes);
  const samples = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel += 1) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < data.length; i += 1) samples[i]! += data[i]! / buffer.numberOfChannels;
  }
  return { samples, sampleRate: buffer.sampleRate };
}

/** The full analysis of decoded samples, off the UI thread (the samples are transferred, not copied). */
export function analyseInWorker(request: AnalyseRequest): Promise<AnalyseReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./speech.worker.ts', import.meta.url), { type: 'module' });
    const done = (reply: AnalyseReply) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(reply);
    };
    const timer = setTimeout(() => done({ ok: false, message: 'The analysis took too long.' }), WORKER_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<AnalyseReply>) => done(event.data);
    worker.onerror = (event) => done({ ok: false, message: event.message || 'The analysis could not run.' });
    worker.postMessage(request, [request.samples.buffer]);
  });
}

/** Measures a recording on this laptop. Throws with a short reason when it cannot be decoded or measured. */
export async function analyseRecording(blob: Blob): Promise<TakeMetrics> {
  const decoded = await decodeToMono(await blob.arrayBuffer());
  const reply = await analyseInWorker(decoded);
  if (!reply.ok) throw new Error(reply.message);
  return toTakeMetrics(reply.metrics);
}
