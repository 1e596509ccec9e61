/**
 * Speech activity: which frames are speech, as stretches of time, and the pauses between them.
 * Follows the silence detection used with the syllable-nuclei method (de Jong & Wempe's 2010 script uses
 * Praat's "To TextGrid (silences)"): a frame is sounding when its intensity is within a fixed number of dB of
 * the loud end of the recording, so the result does not depend on microphone gain; plus a noise-floor guard.
 */
import { percentile } from './stats';
import type { Pause, TimeSpan } from './types';

export interface ThresholdParams {
  silenceBelowPeakDb: number;
  absoluteFloorDbfs: number;
  noiseFloorPercentile: number;
  noiseMarginDb: number;
  minSpeechRangeDb: number;
}

export interface Thresholds {
  /** Frames at or above this (dBFS) are sounding. */
  silence: number;
  /** Syllable peaks must reach this (dBFS): de Jong & Wempe's level, independent of background noise. */
  peak: number;
  /** The loud end (99th percentile) and the estimated noise floor, for diagnostics. */
  loud: number;
  noiseFloor: number;
}

/**
 * The silence threshold of de Jong & Wempe's 2010 script is a fixed distance below the loud end of the
 * recording: within 25 dB of the 99th percentile is sound. The 99th percentile, not the maximum, so one cough
 * or knock does not raise it. The absolute floor keeps a near-silent take (a muted microphone's hiss) from
 * being called speech just because it is the loudest thing in the file.
 *
 * Added for laptops in training rooms: with a fan or projector ~15 dB under the voice, "within 25 dB of the
 * loud end" includes the noise itself and every pause disappears. So the threshold is also kept `noiseMarginDb`
 * above the noise floor (the quietest few percent of frames: the silence before, between and after answers),
 * but never closer than `minSpeechRangeDb` to the loud end, so a take with no silence in it at all (where the
 * "floor" is really quiet speech) keeps most of its range.
 */
export function speechThresholds(db: Float32Array, p: ThresholdParams): Thresholds {
  const loud = percentile(db, 99, -Infinity);
  const noiseFloor = percentile(db, p.noiseFloorPercentile, -Infinity);
  const relative = loud - p.silenceBelowPeakDb;
  const aboveNoise = Math.min(noiseFloor + p.noiseMarginDb, loud - p.minSpeechRangeDb);
  return {
    silence: Math.max(relative, aboveNoise, p.absoluteFloorDbfs),
    peak: Math.max(relative, p.absoluteFloorDbfs),
    loud,
    noiseFloor,
  };
}

/** Frame index ranges [start, end) of speech. */
export interface FrameRange {
  start: number;
  end: number;
}

/**
 * Frames at or above the threshold, with silent gaps shorter than `bridgeFrames` filled in (the closure
 * of a "t", the gap between two words) and sounding stretches shorter than `minSpeechFrames` dropped (clicks).
 * Bridging runs first so that a word broken by a stop closure is not dropped piece by piece.
 */
export function speechRanges(
  db: Float32Array,
  threshold: number,
  bridgeFrames: number,
  minSpeechFrames: number,
): FrameRange[] {
  const raw: FrameRange[] = [];
  let start = -1;
  for (let i = 0; i < db.length; i += 1) {
    const sounding = db[i]! >= threshold;
    if (sounding && start < 0) start = i;
    if (!sounding && start >= 0) {
      raw.push({ start, end: i });
      start = -1;
    }
  }
  if (start >= 0) raw.push({ start, end: db.length });

  const bridged: FrameRange[] = [];
  for (const range of raw) {
    const last = bridged[bridged.length - 1];
    if (last && range.start - last.end < bridgeFrames) last.end = range.end;
    else bridged.push({ ...range });
  }
  return bridged.filter((r) => r.end - r.start >= minSpeechFrames);
}

export function toSpans(ranges: readonly FrameRange[], frameSeconds: number): TimeSpan[] {
  return ranges.map((r) => span(r.start * frameSeconds, r.end * frameSeconds));
}

/**
 * Silences between consecutive speech segments that last at least minPauseSeconds. Silence before the first
 * and after the last segment is the recording starting and stopping, not a pause the speaker made.
 */
export function findPauses(segments: readonly TimeSpan[], minPauseSeconds: number): Pause[] {
  const pauses: Pause[] = [];
  for (let i = 1; i < segments.length; i += 1) {
    const gap = span(segments[i - 1]!.end, segments[i]!.start);
    // A hair of tolerance so a gap of exactly the minimum, built from frame multiples, is not lost to rounding.
    if (gap.duration >= minPauseSeconds - 1e-9) pauses.push(gap);
  }
  return pauses;
}

function span(start: number, end: number): TimeSpan {
  return { start, end, duration: end - start };
}
