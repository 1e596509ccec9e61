/**
 * A compact waveform: the lowest and highest sample in each column, which is what the eye needs to see
 * speech and silence; drawing every sample would be thousands of points per pixel.
 */
import type { Pause } from '../../../../../shared/speech';
import { formatPlaybackTime } from '../audio/playback-time';

export interface Envelope {
  min: number[];
  max: number[];
  durationSeconds: number;
}

/** Columns kept from a recording: fine enough for the report's width, small enough to keep in memory. */
export const ENVELOPE_COLUMNS = 480;

export function envelopeOf(samples: Float32Array, sampleRate: number, columns = ENVELOPE_COLUMNS): Envelope {
  const count = Math.max(1, Math.min(columns, samples.length));
  const min: number[] = [];
  const max: number[] = [];
  for (let c = 0; c < count; c += 1) {
    const from = Math.floor((c * samples.length) / count);
    const to = Math.max(from + 1, Math.floor(((c + 1) * samples.length) / count));
    let low = 0;
    let high = 0;
    for (let i = from; i < to && i < samples.length; i += 1) {
      const value = samples[i]!;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    min.push(low);
    max.push(high);
  }
  return { min, max, durationSeconds: sampleRate > 0 ? samples.length / sampleRate : 0 };
}

/**
 * Scales the envelope so its loudest column fills the height: a quiet laptop microphone would otherwise draw
 * a flat line. Silence stays flat.
 */
export function normalised(envelope: Envelope): Envelope {
  const peak = Math.max(...envelope.max, ...envelope.min.map((v) => -v), 0);
  if (peak === 0) return envelope;
  return { ...envelope, min: envelope.min.map((v) => v / peak), max: envelope.max.map((v) => v / peak) };
}

/** Pauses at least this long get a label on the waveform; shorter ones are only shaded. */
export const LABELLED_PAUSE_SECONDS = 1.5;
/** More labels than this crowd a compact waveform: only the longest ones are labelled. */
const MAX_LABELS = 4;

export function labelledPauses(pauses: readonly Pause[]): Pause[] {
  return [...pauses]
    .filter((p) => p.duration >= LABELLED_PAUSE_SECONDS)
    .sort((a, b) => b.duration - a.duration)
    .slice(0, MAX_LABELS)
    .sort((a, b) => a.start - b.start);
}

/** "0:04 (1.2 s)" */
export function describePause(pause: Pause): string {
  return `${formatPlaybackTime(pause.start * 1000)} (${pause.duration.toFixed(1)} s)`;
}

/** The text alternative of the waveform: "3 pauses: at 0:04 (1.2 s), 0:09 (0.8 s) and 0:15 (3.1 s)." */
export function pausesSentence(pauses: readonly Pause[], minPauseSeconds: number): string {
  if (pauses.length === 0) return `No pauses of ${minPauseSeconds} seconds or more.`;
  const places = pauses.map(describePause);
  const listed = places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')} and ${places.at(-1)!}`;
  return `${pauses.length} pause${pauses.length === 1 ? '' : 's'}: at ${listed}.`;
}
