/**
 * The intensity envelope (dB per frame) that both speech activity and syllable nuclei are read from,
 * after de Jong & Wempe (2009), who pick syllables from Praat's intensity contour.
 */

export interface IntensityEnvelope {
  /** Smoothed intensity per frame in dBFS: what syllable peaks are picked from. */
  db: Float32Array;
  /**
   * Unsmoothed intensity per frame in dBFS: what speech activity is read from. Smoothing would spread a
   * loud vowel ~50 ms into the silence next to it on both sides, shortening every measured pause by ~0.1 s.
   */
  rawDb: Float32Array;
  /** Seconds per frame; frame i is centred at (i + 0.5) * frameSeconds. */
  frameSeconds: number;
  /** Samples (at the analysis rate) per frame. */
  frameLength: number;
}

/** Energy far below any microphone's noise floor; keeps log10 finite for digital silence. */
const ENERGY_FLOOR = 1e-12;

/**
 * Mean-square energy per frame, smoothed with a Gaussian and converted to dB.
 * Smoothing the energy (not the dB) matches a windowed intensity measure like Praat's: a syllable is one
 * broad energy hump, and the pitch-period ripple and the gaps between frames are smoothed away. The width is
 * the main tuning knob: too narrow and a long vowel splits into two peaks; too wide and fast syllables merge.
 */
export function intensityEnvelope(
  samples: Float32Array,
  sampleRate: number,
  frameSeconds: number,
  smoothingSeconds: number,
): IntensityEnvelope {
  const frameLength = Math.max(1, Math.round(frameSeconds * sampleRate));
  const frames = Math.floor(samples.length / frameLength);
  const energy = new Float64Array(frames);
  for (let f = 0, i = 0; f < frames; f += 1) {
    let sum = 0;
    for (let k = 0; k < frameLength; k += 1, i += 1) {
      const x = samples[i]!;
      sum += x * x;
    }
    energy[f] = sum / frameLength;
  }
  const smoothed = gaussianSmooth(energy, smoothingSeconds / (frameLength / sampleRate));
  // dBFS with mean square 1 (a full-scale square wave, i.e. hard clipping) as 0 dB, so nothing reads above 0.
  return {
    db: toDb(smoothed),
    rawDb: toDb(energy),
    frameSeconds: frameLength / sampleRate,
    frameLength,
  };
}

function toDb(energy: Float64Array): Float32Array {
  const db = new Float32Array(energy.length);
  for (let f = 0; f < energy.length; f += 1) db[f] = 10 * Math.log10(Math.max(ENERGY_FLOOR, energy[f]!));
  return db;
}

/** Gaussian smoothing with the kernel truncated at 3 sigma; edges use the available part of the kernel, renormalised. */
export function gaussianSmooth(values: Float64Array, sigmaFrames: number): Float64Array {
  if (sigmaFrames < 0.5 || values.length === 0) return Float64Array.from(values);
  const radius = Math.ceil(3 * sigmaFrames);
  const kernel = new Float64Array(2 * radius + 1);
  for (let k = -radius; k <= radius; k += 1) kernel[k + radius] = Math.exp(-(k * k) / (2 * sigmaFrames * sigmaFrames));
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    let sum = 0;
    let weight = 0;
    const lo = Math.max(0, i - radius);
    const hi = Math.min(values.length - 1, i + radius);
    for (let j = lo; j <= hi; j += 1) {
      const w = kernel[j - i + radius]!;
      sum += values[j]! * w;
      weight += w;
    }
    out[i] = sum / weight;
  }
  return out;
}
