/**
 * Deterministic synthetic signals for the speech-analysis tests and the speech bench (when espeak-ng is not
 * installed). A "syllable" is a harmonic-rich tone (a crude voiced vowel: glottal-like 1/k harmonic series)
 * under a sin^2 loudness hump, so it has exactly one intensity peak and is periodic; "noise" is aperiodic
 * hiss like a fricative. Not production code: nothing in the app imports it.
 */

export type SignalPart =
  | { kind: 'silence'; seconds: number }
  | { kind: 'syllables'; count: number; syllableSeconds?: number; gapSeconds?: number; f0?: number; amplitude?: number }
  | { kind: 'tone'; seconds: number; hz: number; amplitude?: number }
  | { kind: 'noise'; seconds: number; amplitude?: number };

/** Concatenates the parts at `sampleRate`. The same parts always give the same samples (seeded noise). */
export function buildSignal(sampleRate: number, parts: readonly SignalPart[], seed = 1): Float32Array {
  const chunks: Float32Array[] = [];
  const random = mulberry32(seed);
  for (const part of parts) {
    if (part.kind === 'silence') chunks.push(new Float32Array(Math.round(part.seconds * sampleRate)));
    if (part.kind === 'tone') {
      const n = Math.round(part.seconds * sampleRate);
      const out = new Float32Array(n);
      const a = part.amplitude ?? 0.5;
      for (let i = 0; i < n; i += 1) out[i] = a * Math.sin((2 * Math.PI * part.hz * i) / sampleRate);
      chunks.push(out);
    }
    if (part.kind === 'noise') {
      const n = Math.round(part.seconds * sampleRate);
      const out = new Float32Array(n);
      const a = part.amplitude ?? 0.3;
      for (let i = 0; i < n; i += 1) out[i] = a * (random() * 2 - 1);
      chunks.push(out);
    }
    if (part.kind === 'syllables') {
      const syllable = part.syllableSeconds ?? 0.16;
      const gap = part.gapSeconds ?? 0.06;
      const f0 = part.f0 ?? 120;
      const a = part.amplitude ?? 0.5;
      for (let s = 0; s < part.count; s += 1) {
        chunks.push(voicedHump(sampleRate, syllable, f0, a));
        if (s < part.count - 1) chunks.push(new Float32Array(Math.round(gap * sampleRate)));
      }
    }
  }
  const total = chunks.reduce((sum, c) => sum + c.length, 0);
  const out = new Float32Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function voicedHump(sampleRate: number, seconds: number, f0: number, amplitude: number): Float32Array {
  const n = Math.round(seconds * sampleRate);
  const out = new Float32Array(n);
  const harmonics = Math.max(1, Math.min(12, Math.floor(3500 / f0)));
  let norm = 0;
  for (let k = 1; k <= harmonics; k += 1) norm += 1 / k;
  for (let i = 0; i < n; i += 1) {
    const t = i / sampleRate;
    let v = 0;
    for (let k = 1; k <= harmonics; k += 1) v += Math.sin(2 * Math.PI * k * f0 * t) / k;
    const envelope = Math.sin((Math.PI * i) / n) ** 2;
    out[i] = (amplitude * envelope * v) / norm;
  }
  return out;
}

/** Small seeded PRNG (mulberry32): reproducible noise without Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
