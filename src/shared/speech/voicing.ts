/**
 * The voicing check that replaces Praat's pitch track in de Jong & Wempe's method: an intensity peak is
 * only a syllable nucleus if the vocal folds are vibrating there. Vowels are periodic; the hiss of "s",
 * "sh" or "f" and the burst of a "t" are not. A normalised autocorrelation over the pitch-lag range, measured
 * only at the candidate peaks (a few per second), is cheap and needs no pitch tracking.
 */

/**
 * Highest normalised autocorrelation (-1..1) over lags for pitches between minPitchHz and maxPitchHz, in a
 * window of `windowSeconds` centred at `centreSample`. Near 1 for a steady vowel, near 0 for noise.
 * Returns 0 when the input is too short for the window plus the longest lag, or the window carries no energy.
 */
export function periodicity(
  samples: Float32Array,
  sampleRate: number,
  centreSample: number,
  windowSeconds: number,
  minPitchHz: number,
  maxPitchHz: number,
): number {
  const minLag = Math.max(1, Math.floor(sampleRate / maxPitchHz));
  const maxLag = Math.ceil(sampleRate / minPitchHz);
  const half = Math.round((windowSeconds * sampleRate) / 2);
  // The window plus the longest lag must fit; shift it inward at the edges of the input instead of giving up.
  const length = 2 * half;
  let start = Math.round(centreSample) - half;
  start = Math.min(start, samples.length - length - maxLag);
  start = Math.max(0, start);
  if (start + length + maxLag > samples.length || length < 2 * minLag) return 0;

  let windowMean = 0;
  for (let i = 0; i < length + maxLag; i += 1) windowMean += samples[start + i]!;
  windowMean /= length + maxLag;

  let energy0 = 0;
  for (let i = 0; i < length; i += 1) {
    const x = samples[start + i]! - windowMean;
    energy0 += x * x;
  }
  if (energy0 <= 1e-12) return 0;

  let best = 0;
  for (let lag = minLag; lag <= maxLag; lag += 1) {
    let cross = 0;
    let energyLag = 0;
    for (let i = 0; i < length; i += 1) {
      const a = samples[start + i]! - windowMean;
      const b = samples[start + i + lag]! - windowMean;
      cross += a * b;
      energyLag += b * b;
    }
    if (energyLag <= 1e-12) continue;
    const r = cross / Math.sqrt(energy0 * energyLag);
    if (r > best) best = r;
  }
  return best;
}

export interface VoicingParams {
  voicingWindowSeconds: number;
  voicingThreshold: number;
  minPitchHz: number;
  maxPitchHz: number;
}

/**
 * Whether the peak at `centreSample` is voiced. Periodicity is tried at the peak and half a window either
 * side, and the best counts: within a real vowel the measured periodicity flickers from window to window
 * (falling pitch, formant glides; on espeak-ng vowels it swings between ~0.45 and ~0.95 in 20 ms steps), while
 * the hiss of a fricative is aperiodic wherever it is measured. Stops at the first window that passes, so a
 * clear vowel costs one measurement.
 */
export function isVoiced(samples: Float32Array, sampleRate: number, centreSample: number, p: VoicingParams): boolean {
  const step = (p.voicingWindowSeconds * sampleRate) / 2;
  for (const offset of [0, -step, step]) {
    const r = periodicity(
      samples,
      sampleRate,
      centreSample + offset,
      p.voicingWindowSeconds,
      p.minPitchHz,
      p.maxPitchHz,
    );
    if (r >= p.voicingThreshold) return true;
  }
  return false;
}
