/** Unit tests of the analysis steps on hand-made envelopes, where the right answer is obvious. */
import { describe, expect, it } from 'vitest';
import { findPauses, speechRanges, speechThresholds, toSpans } from './activity';
import { decimate } from './decimate';
import { gaussianSmooth } from './intensity';
import { intensityPeaks } from './nuclei';
import { percentile, standardDeviation } from './stats';
import { buildSignal } from './test-signals';
import { isVoiced, periodicity } from './voicing';

const env = (values: number[]) => Float32Array.from(values);

describe('intensityPeaks (de Jong & Wempe dip rule)', () => {
  it('keeps peaks separated by dips of at least minDip on both sides', () => {
    //            peak 10        dip 6   peak 9        dip 4  peak 8
    const db = env([0, 5, 10, 8, 6, 7, 9, 8, 4, 6, 8, 3, 0]);
    expect(intensityPeaks(db, [{ start: 0, end: db.length }], 2, 1)).toEqual([2, 6, 10]);
  });

  it('merges bumps whose dip is shallower than minDip into one peak', () => {
    const db = env([0, 5, 10, 9, 9.5, 8, 3, 0]); // 10 -> 9 -> 9.5 is a 1 dB wobble
    expect(intensityPeaks(db, [{ start: 0, end: db.length }], 2, 1)).toEqual([2]);
  });

  it('ignores peaks below the level threshold', () => {
    const db = env([-40, -30, -40, -10, -40]);
    expect(intensityPeaks(db, [{ start: 0, end: db.length }], 2, -20)).toEqual([3]);
  });

  it('keeps the last peak of a segment when the silence after it is a deep enough dip', () => {
    const db = env([0, 5, 10, 9.5, -50, -50]);
    expect(intensityPeaks(db, [{ start: 0, end: 4 }], 2, 1)).toEqual([2]);
  });
});

describe('speech activity', () => {
  const P = {
    silenceBelowPeakDb: 25,
    absoluteFloorDbfs: -60,
    noiseFloorPercentile: 5,
    noiseMarginDb: 10,
    minSpeechRangeDb: 15,
  };
  const frames = (loudDb: number, quietDb: number, loudShare = 0.5) =>
    env(Array.from({ length: 200 }, (_, i) => (i < 200 * loudShare ? loudDb : quietDb)));

  it('uses the 99th percentile minus 25 dB in a quiet room, floored at the absolute floor', () => {
    expect(speechThresholds(frames(-10, -120), P)).toMatchObject({ silence: -35, peak: -35 });
    expect(speechThresholds(frames(-80, -120), P).silence).toBe(-60);
    expect(speechThresholds(env([]), P).silence).toBe(-60);
  });

  it('keeps the silence threshold 10 dB above the noise floor when that is higher than 25 dB under the speech', () => {
    const t = speechThresholds(frames(-10, -40), P); // noise 30 dB under the speech: -35 would be too close to it
    expect(t.silence).toBe(-30);
    expect(t.peak).toBe(-35); // syllable peaks keep de Jong & Wempe's level
  });

  it('never squeezes the speech range below 15 dB, even when there is no silence at all', () => {
    expect(speechThresholds(frames(-10, -18, 0.9), P).silence).toBe(-25);
  });

  it('bridges short gaps and drops short blips', () => {
    const s = -10;
    const q = -100;
    // speech 5, gap 2 (bridged), speech 3, gap 10, blip 1 (dropped), gap 5, speech 4
    const db = env([...Array(5).fill(s), q, q, s, s, s, ...Array(10).fill(q), s, ...Array(5).fill(q), s, s, s, s]);
    const ranges = speechRanges(db, -30, 3, 2);
    expect(ranges).toEqual([
      { start: 0, end: 10 },
      { start: 26, end: 30 },
    ]);
  });

  it('pauses are the long gaps between segments only', () => {
    const segments = toSpans(
      [
        { start: 100, end: 200 },
        { start: 240, end: 300 },
        { start: 370, end: 400 },
      ],
      0.01,
    );
    const pauses = findPauses(segments, 0.7);
    expect(pauses).toHaveLength(1);
    expect(pauses[0]!.start).toBeCloseTo(3, 9);
    expect(pauses[0]!.duration).toBeCloseTo(0.7, 9); // exactly the minimum counts
  });
});

describe('voicing check', () => {
  it('scores a voiced tone near 1 and white noise low', () => {
    const rate = 8000;
    const voiced = buildSignal(rate, [{ kind: 'syllables', count: 1, syllableSeconds: 0.3, f0: 110 }]);
    const noise = buildSignal(rate, [{ kind: 'noise', seconds: 0.3 }]);
    expect(periodicity(voiced, rate, voiced.length / 2, 0.03, 50, 400)).toBeGreaterThan(0.9);
    expect(periodicity(noise, rate, noise.length / 2, 0.03, 50, 400)).toBeLessThan(0.3);
  });

  it('coloured noise (a fan, rumble, a thump) is not voiced at the 0.25 threshold, nor white noise', () => {
    const rate = 8000;
    const white = buildSignal(rate, [{ kind: 'noise', seconds: 20 }]);
    // One-pole low-passes of the white noise: "red" (spectrum falling from ~140 Hz) and near-brown (from ~13 Hz).
    const lowPassed = (pole: number) => {
      const out = new Float32Array(white.length);
      for (let i = 0, y = 0; i < white.length; i += 1) out[i] = y = pole * y + white[i]!;
      return out;
    };
    const p = { voicingWindowSeconds: 0.03, voicingThreshold: 0.25, minPitchHz: 50, maxPitchHz: 400 };
    for (const [name, noise] of [
      ['white', white],
      ['red', lowPassed(0.9)],
      ['brown', lowPassed(0.99)],
    ] as const) {
      let voiced = 0;
      let windows = 0;
      for (let at = 400; at < noise.length - 400; at += 400, windows += 1) {
        if (isVoiced(noise, rate, at, p)) voiced += 1;
      }
      // Measured: ~1-2 % of windows; a plain autocorrelation alone passes 90 % of red and nearly all brown ones.
      expect(voiced / windows, name).toBeLessThan(0.05);
    }
    const vowel = buildSignal(rate, [{ kind: 'syllables', count: 1, syllableSeconds: 0.3, f0: 90 }]);
    expect(isVoiced(vowel, rate, vowel.length / 2, p)).toBe(true);
  });

  it('returns 0 for a window that does not fit or carries no energy', () => {
    expect(periodicity(new Float32Array(50), 8000, 25, 0.03, 50, 400)).toBe(0);
    expect(periodicity(new Float32Array(8000), 8000, 4000, 0.03, 50, 400)).toBe(0);
  });
});

describe('helpers', () => {
  it('decimates by an integer factor and treats non-finite samples as silence', () => {
    const out = decimate(Float32Array.from([1, 1, 1, Number.NaN, 1, 1]), 48_000, 16_000);
    expect(out.sampleRate).toBe(16_000);
    expect(out.samples).toHaveLength(2);
    expect(out.samples.every(Number.isFinite)).toBe(true);
    expect(decimate(new Float32Array(10), 6000, 8000).sampleRate).toBe(6000);
  });

  it('smooths without moving energy or inventing it at the edges', () => {
    const impulse = Float64Array.from([0, 0, 0, 0, 1, 0, 0, 0, 0]);
    const smoothed = gaussianSmooth(impulse, 1);
    expect(smoothed.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2); // edge renormalisation adds a trace
    expect(smoothed.indexOf(Math.max(...smoothed))).toBe(4);
    expect(Array.from(gaussianSmooth(Float64Array.from([2, 2, 2]), 5))).toEqual(
      [2, 2, 2].map((v) => expect.closeTo(v, 9)),
    );
  });

  it('percentile and spread have defined answers for empty input', () => {
    expect(percentile([], 50, -1)).toBe(-1);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(standardDeviation([5])).toBe(0);
    expect(standardDeviation([1, 3])).toBe(1);
  });
});
