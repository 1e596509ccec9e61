/**
 * analyseSpeech: on-device speech measures for a rehearsal take, from the samples alone (no speech
 * recognition, nothing leaves the machine). Talk time, pauses and a syllable-rate estimate after
 * de Jong & Wempe (2009), "Praat script to detect syllable nuclei and measure speech rate automatically":
 * language-independent, so it neither needs nor favours any accent.
 *
 * Pipeline: decimate -> intensity envelope (dB) -> sounding stretches -> intensity peaks with 2 dB dips ->
 * keep the voiced peaks = syllable nuclei -> speech = sounding stretches with a nucleus -> pauses, rates and
 * loudness steadiness.
 */
import { findPauses, speechRanges, speechThresholds, toSpans, type FrameRange } from './activity';
import { decimate } from './decimate';
import { intensityEnvelope } from './intensity';
import { intensityPeaks } from './nuclei';
import {
  DEFAULT_MIN_PAUSE_SECONDS,
  DEFAULT_SPEECH_PARAMS,
  DEFAULT_SYLLABLES_PER_WORD,
  type SpeechParams,
} from './params';
import { mean, standardDeviation } from './stats';
import type { LoudnessMetrics, SpeechMetrics } from './types';
import { isVoiced } from './voicing';

export interface AnalyseOptions {
  /** Silences at least this long between speech are pauses (default 0.7 s). */
  minPauseSeconds?: number;
  /** Syllables per word for the words-per-minute estimate (default 1.5, English). */
  syllablesPerWord?: number;
  /** Override individual analysis parameters (for experiments and tests; the app uses the defaults). */
  params?: Partial<SpeechParams>;
}

export function analyseSpeech(samples: Float32Array, sampleRate: number, options: AnalyseOptions = {}): SpeechMetrics {
  if (!(sampleRate > 0) || !Number.isFinite(sampleRate)) {
    throw new RangeError(`sampleRate must be a positive number of samples per second, got ${sampleRate}`);
  }
  const params: SpeechParams = { ...DEFAULT_SPEECH_PARAMS, ...options.params };
  const minPauseSeconds = options.minPauseSeconds ?? DEFAULT_MIN_PAUSE_SECONDS;
  const syllablesPerWord = options.syllablesPerWord ?? DEFAULT_SYLLABLES_PER_WORD;
  const durationSeconds = samples.length / sampleRate;

  const signal = decimate(samples, sampleRate, params.analysisRateHz);
  const envelope = intensityEnvelope(signal.samples, signal.sampleRate, params.frameSeconds, params.smoothingSeconds);
  const { db, rawDb, frameSeconds, frameLength } = envelope;

  const thresholds = speechThresholds(rawDb, params);
  const sounding = speechRanges(
    rawDb,
    thresholds.silence,
    Math.round(params.bridgeGapSeconds / frameSeconds),
    Math.round(params.minSpeechSeconds / frameSeconds),
  );

  const candidates = intensityPeaks(db, sounding, params.minDipDb, thresholds.peak);
  const nuclei = candidates.filter((frame) =>
    isVoiced(signal.samples, signal.sampleRate, (frame + 0.5) * frameLength, params),
  );

  // Sound with no voiced syllable in it (a cough, a door, a fan with nothing said over it) is not speech:
  // it counts neither as speaking time nor as the end of a pause.
  const ranges = rangesWithNuclei(sounding, nuclei);
  const segments = toSpans(ranges, frameSeconds);
  const pauses = findPauses(segments, minPauseSeconds);

  const speakingSeconds = segments.reduce((sum, s) => sum + s.duration, 0);
  const first = segments[0];
  const last = segments[segments.length - 1];
  const speechSpanSeconds = first && last ? last.end - first.start : 0;
  const syllableCount = nuclei.length;
  const syllablesPerSecond = ratio(syllableCount, speechSpanSeconds);

  return {
    durationSeconds,
    speakingSeconds,
    firstSpeechSeconds: first ? first.start : null,
    lastSpeechSeconds: last ? last.end : null,
    speechSpanSeconds,
    speakingShare: ratio(speakingSeconds, speechSpanSeconds),
    segments,
    pauses,
    pauseCount: pauses.length,
    minPauseSeconds,
    longestPause: pauses.reduce<SpeechMetrics['longestPause']>(
      (longest, p) => (longest === null || p.duration > longest.duration ? p : longest),
      null,
    ),
    syllableCount,
    syllableTimes: nuclei.map((frame) => (frame + 0.5) * frameSeconds),
    syllablesPerSecond,
    articulationRate: ratio(syllableCount, speakingSeconds),
    wordsPerMinute: (syllablesPerSecond * 60) / syllablesPerWord,
    syllablesPerWord,
    loudness: loudnessOf(nuclei.map((frame) => db[frame]!)),
  };
}

/** The ranges that contain at least one of the (ascending) nucleus frames. */
function rangesWithNuclei(ranges: readonly FrameRange[], nuclei: readonly number[]): FrameRange[] {
  const kept: FrameRange[] = [];
  let n = 0;
  for (const range of ranges) {
    while (n < nuclei.length && nuclei[n]! < range.start) n += 1;
    if (n < nuclei.length && nuclei[n]! < range.end) kept.push(range);
  }
  return kept;
}

/** A rate that is 0, not NaN or Infinity, when there is nothing to divide by (silence, empty input). */
function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : 0;
}

/**
 * Loudness steadiness from the syllable nuclei only: the vowels carry the loudness a listener hears, and
 * using them leaves out silences and consonants, which would dominate any frame-based spread.
 */
function loudnessOf(nucleusDb: number[]): LoudnessMetrics | null {
  if (nucleusDb.length === 0) return null;
  const amplitudes = nucleusDb.map((d) => 10 ** (d / 20));
  const meanAmplitude = mean(amplitudes);
  return {
    meanDbfs: mean(nucleusDb),
    spreadDb: standardDeviation(nucleusDb),
    variation: meanAmplitude > 0 ? standardDeviation(amplitudes) / meanAmplitude : 0,
  };
}
