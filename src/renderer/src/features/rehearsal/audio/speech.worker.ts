/**
 * Runs the speech analysis off the UI thread, so the countdown and buttons stay responsive while a long
 * take is measured. The samples arrive transferred (not copied).
 */
import { analyseSpeech, type SpeechMetrics } from '../../../../../shared/speech';

export interface AnalyseRequest {
  samples: Float32Array;
  sampleRate: number;
}

export type AnalyseReply = { ok: true; metrics: SpeechMetrics } | { ok: false; message: string };

self.onmessage = (event: MessageEvent<AnalyseRequest>) => {
  let reply: AnalyseReply;
  try {
    reply = { ok: true, metrics: analyseSpeech(event.data.samples, event.data.sampleRate) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
