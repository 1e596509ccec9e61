/**
 * Pace over the answer: syllables a second in a sliding window over the syllable nuclei the analysis found.
 * A 3-second window holds about 10 syllables at an ordinary pace, enough to smooth single syllables out
 * while still showing a rush at the end of an answer; half-second steps keep the line smooth.
 */
import { formatPlaybackTime } from '../audio/playback-time';

export interface PacePoint {
  /** Middle of the window, seconds from the start of the recording. */
  seconds: number;
  /** "0:12", for the axis and the table. */
  label: string;
  syllablesPerSecond: number;
}

export interface PaceWindow {
  windowSeconds: number;
  stepSeconds: number;
}

export const PACE_WINDOW: PaceWindow = { windowSeconds: 3, stepSeconds: 0.5 };

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * One point per step from the first whole window to the last; a recording shorter than one window gives a
 * single point over all of it. `syllableTimes` must be ascending (as the analysis returns them).
 */
export function paceSeries(
  syllableTimes: readonly number[],
  durationSeconds: number,
  { windowSeconds, stepSeconds }: PaceWindow = PACE_WINDOW,
): PacePoint[] {
  if (!(durationSeconds > 0)) return [];
  const window = Math.min(windowSeconds, durationSeconds);
  const points: PacePoint[] = [];
  let first = 0; // index of the first syllable at or after the window's start
  let end = 0; // index just past the last syllable before the window's end
  for (let start = 0; start + window <= durationSeconds + 1e-9; start += stepSeconds) {
    while (first < syllableTimes.length && syllableTimes[first]! < start) first += 1;
    while (end < syllableTimes.length && syllableTimes[end]! < start + window) end += 1;
    const middle = start + window / 2;
    points.push({
      seconds: round1(middle),
      label: formatPlaybackTime(middle * 1000),
      syllablesPerSecond: round1(Math.max(0, end - first) / window),
    });
  }
  return points;
}

export interface PaceSummary {
  /** Share of the windows with speech in them that sit in the comfortable band, 0..1 (null: no speech). */
  comfortableShare: number | null;
  fastest: PacePoint | null;
  /** One sentence for people who cannot see the chart. */
  text: string;
}

/** Windows with under one syllable a second are mostly pause, and say nothing about pace. */
const SPEECH_FLOOR = 1;

export function summarisePace(points: readonly PacePoint[], comfortable: { min: number; max: number }): PaceSummary {
  const speaking = points.filter((p) => p.syllablesPerSecond >= SPEECH_FLOOR);
  if (speaking.length === 0) {
    return { comfortableShare: null, fastest: null, text: 'Not enough speech to show a pace over the answer.' };
  }
  const inBand = speaking.filter(
    (p) => p.syllablesPerSecond >= comfortable.min && p.syllablesPerSecond <= comfortable.max,
  );
  const share = inBand.length / speaking.length;
  const fastest = speaking.reduce((a, b) => (b.syllablesPerSecond > a.syllablesPerSecond ? b : a));
  const percent = Math.round(share * 100);
  const lead =
    percent === 100
      ? 'Your pace stayed in the comfortable range all through.'
      : `Your pace was in the comfortable range for ${percent} % of the time you were speaking.`;
  const peak =
    fastest.syllablesPerSecond > comfortable.max
      ? ` Fastest around ${fastest.label} (${fastest.syllablesPerSecond} syllables a second).`
      : '';
  return { comfortableShare: share, fastest, text: lead + peak };
}
