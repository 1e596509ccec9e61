import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseSpeech } from './analyse';
import type { SpeechMetrics } from './types';
import { buildSignal } from './test-signals';

const RATE = 48_000;

/** Every number in the metrics (nested included) must be finite: the UI and JSON must never see NaN. */
function expectAllFinite(m: SpeechMetrics): void {
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(m, 'metrics');
}

describe('analyseSpeech on edge cases', () => {
  it('empty input: zero everywhere, no speech, no NaN', () => {
    const m = analyseSpeech(new Float32Array(0), RATE);
    expectAllFinite(m);
    expect(m).toMatchObject({
      durationSeconds: 0,
      speakingSeconds: 0,
      firstSpeechSeconds: null,
      lastSpeechSeconds: null,
      speakingShare: 0,
      pauseCount: 0,
      longestPause: null,
      syllableCount: 0,
      wordsPerMinute: 0,
      loudness: null,
    });
  });

  it('very short input (a few samples, 5 ms, 50 ms) is handled without NaN', () => {
    for (const n of [1, 7, 240, 2400]) {
      const samples = buildSignal(RATE, [{ kind: 'tone', seconds: n / RATE, hz: 200 }]);
      const m = analyseSpeech(samples, RATE);
      expectAllFinite(m);
      expect(m.durationSeconds).toBeCloseTo(n / RATE, 9);
      expect(m.pauseCount).toBe(0);
    }
  });

  it('digital silence: no speech at all', () => {
    const m = analyseSpeech(new Float32Array(RATE * 3), RATE);
    expectAllFinite(m);
    expect(m.durationSeconds).toBe(3);
    expect(m.speakingSeconds).toBe(0);
    expect(m.segments).toEqual([]);
    expect(m.syllableCount).toBe(0);
  });

  it('near-silent hiss (a muted microphone, -70 dBFS) is not speech', () => {
    const samples = buildSignal(RATE, [{ kind: 'noise', seconds: 3, amplitude: 0.0005 }]);
    const m = analyseSpeech(samples, RATE);
    expect(m.speakingSeconds).toBe(0);
    expect(m.syllableCount).toBe(0);
  });

  it('a pure tone: one steady sound, one peak, no pauses', () => {
    const samples = buildSignal(RATE, [
      { kind: 'silence', seconds: 0.5 },
      { kind: 'tone', seconds: 2, hz: 220, amplitude: 0.5 },
      { kind: 'silence', seconds: 0.5 },
    ]);
    const m = analyseSpeech(samples, RATE);
    expectAllFinite(m);
    expect(m.speakingSeconds).toBeGreaterThan(1.95);
    expect(m.speakingSeconds).toBeLessThan(2.05);
    expect(m.firstSpeechSeconds).toBeCloseTo(0.5, 1);
    expect(m.pauseCount).toBe(0);
    expect(m.syllableCount).toBe(1);
    expect(m.loudness?.spreadDb).toBe(0);
  });

  it('clipped input (and samples beyond [-1, 1]) still counts syllables, without NaN', () => {
    const clean = buildSignal(RATE, [
      { kind: 'silence', seconds: 0.3 },
      { kind: 'syllables', count: 12 },
      { kind: 'silence', seconds: 0.3 },
    ]);
    const clipped = clean.map((x) => Math.max(-1, Math.min(1, x * 20)));
    const overRange = clean.map((x) => x * 20);
    for (const samples of [clipped, overRange]) {
      const m = analyseSpeech(samples, RATE);
      expectAllFinite(m);
      expect(m.syllableCount).toBe(12);
      expect(m.loudness!.meanDbfs).toBeLessThanOrEqual(30);
    }
  });

  it('non-finite samples are treated as silence', () => {
    const samples = buildSignal(RATE, [{ kind: 'syllables', count: 5 }]);
    samples[100] = Number.NaN;
    samples[200] = Number.POSITIVE_INFINITY;
    const m = analyseSpeech(samples, RATE);
    expectAllFinite(m);
    expect(m.syllableCount).toBe(5);
  });

  it('rejects a nonsensical sample rate', () => {
    expect(() => analyseSpeech(new Float32Array(10), 0)).toThrow(RangeError);
    expect(() => analyseSpeech(new Float32Array(10), Number.NaN)).toThrow(RangeError);
  });

  it('never produces NaN or Infinity for arbitrary input (property)', () => {
    fc.assert(
      fc.property(
        fc.float32Array({ minLength: 0, maxLength: 12_000, noNaN: true, min: -1, max: 1 }),
        fc.constantFrom(8000, 11025, 16000, 22050, 44100, 48000),
        (samples, rate) => {
          const m = analyseSpeech(samples, rate);
          expectAllFinite(m);
          expect(m.speakingSeconds).toBeLessThanOrEqual(m.durationSeconds + 1e-9);
          expect(m.speakingShare).toBeLessThanOrEqual(1 + 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('analyseSpeech on synthetic syllables', () => {
  it('counts one syllable per voiced hump at any common sample rate', () => {
    for (const rate of [8000, 16000, 22050, 44100, 48000, 96000]) {
      const samples = buildSignal(rate, [
        { kind: 'silence', seconds: 0.4 },
        { kind: 'syllables', count: 20 },
        { kind: 'silence', seconds: 0.4 },
      ]);
      expect(analyseSpeech(samples, rate).syllableCount, `${rate} Hz`).toBe(20);
    }
  });

  it('drops unvoiced peaks: bursts of hiss (fricatives) are not syllables', () => {
    const hissOnly = buildSignal(RATE, [
      { kind: 'silence', seconds: 0.3 },
      { kind: 'noise', seconds: 0.12, amplitude: 0.3 },
      { kind: 'silence', seconds: 0.1 },
      { kind: 'noise', seconds: 0.12, amplitude: 0.3 },
      { kind: 'silence', seconds: 0.1 },
      { kind: 'noise', seconds: 0.12, amplitude: 0.3 },
      { kind: 'silence', seconds: 0.3 },
    ]);
    const m = analyseSpeech(hissOnly, RATE);
    expect(m.syllableCount).toBe(0);
    expect(m.speakingSeconds).toBe(0); // sound without a voiced syllable is not speaking
  });

  it('a fan with nothing said over it is neither speech nor syllables', () => {
    const fan = buildSignal(RATE, [{ kind: 'noise', seconds: 5, amplitude: 0.05 }]);
    const m = analyseSpeech(fan, RATE);
    expect(m.syllableCount).toBe(0);
    expect(m.speakingSeconds).toBe(0);
  });

  it('a knock in the middle of a pause does not split the pause', () => {
    const samples = buildSignal(RATE, [
      { kind: 'syllables', count: 8 },
      { kind: 'silence', seconds: 1 },
      { kind: 'noise', seconds: 0.1, amplitude: 0.4 },
      { kind: 'silence', seconds: 1 },
      { kind: 'syllables', count: 8 },
    ]);
    const m = analyseSpeech(samples, RATE);
    expect(m.pauseCount).toBe(1);
    expect(m.longestPause!.duration).toBeGreaterThan(2);
  });

  it('finds pauses of >= 0.7 s between speech, ignores shorter gaps and the silence at both ends', () => {
    const speech = { kind: 'syllables', count: 6 } as const;
    const samples = buildSignal(RATE, [
      { kind: 'silence', seconds: 2.5 }, // leading silence: not a pause
      speech,
      { kind: 'silence', seconds: 0.4 }, // short: not a pause
      speech,
      { kind: 'silence', seconds: 0.8 },
      speech,
      { kind: 'silence', seconds: 2 },
      speech,
      { kind: 'silence', seconds: 3 }, // trailing silence: not a pause
    ]);
    const m = analyseSpeech(samples, RATE);
    expect(m.pauseCount).toBe(2);
    expect(m.pauses.map((p) => Math.round(p.duration * 10) / 10)).toEqual([0.8, 2]);
    expect(m.longestPause?.duration).toBeCloseTo(2, 1);
    expect(m.syllableCount).toBe(24);
    expect(m.firstSpeechSeconds).toBeCloseTo(2.5, 1);
    // Speaking share excludes the pauses and the 0.4 s gap, and nothing outside the speech span.
    const speechSeconds = 4 * (6 * 0.16 + 5 * 0.06);
    expect(m.speakingSeconds).toBeGreaterThan(speechSeconds - 0.15);
    expect(m.speakingSeconds).toBeLessThan(speechSeconds + 0.05);
    expect(m.speakingShare).toBeCloseTo(m.speakingSeconds / (m.speakingSeconds + 0.4 + 0.8 + 2), 1);
  });

  it('honours a custom minimum pause and syllables-per-word constant', () => {
    const samples = buildSignal(RATE, [
      { kind: 'syllables', count: 10 },
      { kind: 'silence', seconds: 0.5 },
      { kind: 'syllables', count: 10 },
    ]);
    const m = analyseSpeech(samples, RATE, { minPauseSeconds: 0.45, syllablesPerWord: 2 });
    expect(m.pauseCount).toBe(1);
    expect(m.minPauseSeconds).toBe(0.45);
    expect(m.wordsPerMinute).toBeCloseTo((m.syllablesPerSecond * 60) / 2, 9);
  });

  it('loudness spread grows when syllables alternate loud and soft', () => {
    const even = buildSignal(RATE, [{ kind: 'syllables', count: 12, amplitude: 0.4 }]);
    const parts = Array.from({ length: 12 }, (_, i) => [
      { kind: 'syllables', count: 1, amplitude: i % 2 ? 0.4 : 0.1 } as const,
      { kind: 'silence', seconds: 0.06 } as const,
    ]).flat();
    const uneven = buildSignal(RATE, parts);
    const a = analyseSpeech(even, RATE).loudness!;
    const b = analyseSpeech(uneven, RATE).loudness!;
    expect(a.spreadDb).toBeLessThan(0.5);
    expect(b.spreadDb).toBeGreaterThan(5); // 12 dB apart, half and half: standard deviation 6 dB
    expect(b.variation).toBeGreaterThan(a.variation);
  });
});
