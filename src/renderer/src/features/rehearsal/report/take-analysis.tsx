/**
 * The take report needs more than the summary stored with a take (syllable times, pause spans, the wave
 * itself), and the database keeps only the summary. So the report measures the stored recording again on
 * this laptop when someone opens it: the same analysis, the same numbers, nothing stored twice.
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, use, type ReactNode } from 'react';
import type { SpeechMetrics } from '../../../../../shared/speech';
import { useChannelQuery } from '../../../api/channel-query';
import { analyseInWorker, decodeToMono } from '../audio/analyse-recording';
import { envelopeOf, type Envelope } from './waveform';

export interface TakeAnalysis {
  metrics: SpeechMetrics;
  envelope: Envelope;
}

export type TakeAnalyser = (recording: { mime: string; bytes: Uint8Array }) => Promise<TakeAnalysis>;

/** In the app: decode with Web Audio, keep the waveform's envelope, measure in the speech worker. */
export const analyseInBrowser: TakeAnalyser = async ({ bytes }) => {
  const copy = bytes.slice().buffer;
  const decoded = await decodeToMono(copy);
  // Before the samples are handed to the worker (which takes them over, leaving nothing here to draw).
  const envelope = envelopeOf(decoded.samples, decoded.sampleRate);
  const reply = await analyseInWorker(decoded);
  if (!reply.ok) throw new Error(reply.message);
  return { metrics: reply.metrics, envelope };
};

const AnalyserContext = createContext<TakeAnalyser>(analyseInBrowser);

/** Swaps how recordings are measured: component tests run in jsdom, which has no Web Audio and no workers. */
export function TakeAnalyserProvider({ analyser, children }: { analyser: TakeAnalyser; children: ReactNode }) {
  return <AnalyserContext value={analyser}>{children}</AnalyserContext>;
}

export type TakeAnalysisState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'none' }
  | { status: 'ready'; analysis: TakeAnalysis };

/** Loads and measures a take's recording while `enabled`; the result is cached for as long as the page lives. */
export function useTakeAnalysis(takeId: string, enabled: boolean): TakeAnalysisState {
  const analyser = use(AnalyserContext);
  const recording = useChannelQuery('rehearsal:recording', enabled ? { takeId } : null);
  const stored = recording.data;
  const analysis = useQuery({
    queryKey: ['take-analysis', takeId],
    queryFn: () => analyser(stored!),
    enabled: enabled && Boolean(stored),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    retry: false,
  });
  if (recording.error) return { status: 'error', message: recording.error.message };
  if (stored === null) return { status: 'none' };
  if (analysis.error) return { status: 'error', message: analysis.error.message };
  if (analysis.data) return { status: 'ready', analysis: analysis.data };
  return { status: 'loading' };
}
