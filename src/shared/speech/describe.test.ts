import { describe, expect, it } from 'vitest';
import { analyseSpeech } from './analyse';
import { describeSpeech, paceBand } from './describe';
import { buildSignal } from './test-signals';
import type { SpeechMetrics } from './types';

function metrics(overrides: Partial<SpeechMetrics>): SpeechMetrics {
  return {
    ...analyseSpeech(new Float32Array(0), 16_000),
    speakingSeconds: 30,
    speechSpanSeconds: 40,
    speakingShare: 0.75,
    syllableCount: 100,
    loudness: { meanDbfs: -18, spreadDb: 3, variation: 0.3 },
    ...overrides,
  };
}

describe('pace bands (DOMAIN.md: 100-165 wpm comfortable)', () => {
  it.each([
    [60, 'slow'],
    [99.9, 'slow'],
    [100, 'comfortable'],
    [150, 'comfortable'],
    [165, 'comfortable'],
    [165.1, 'fast'],
    [220, 'fast'],
  ] as const)('%s wpm is %s', (wpm, band) => {
    expect(paceBand(wpm)).toBe(band);
  });

  it('says "not enough speech" rather than guessing from a few syllables', () => {
    expect(paceBand(150, false)).toBe('not-enough-speech');
    expect(paceBand(0)).toBe('not-enough-speech');
    expect(describeSpeech(metrics({ speakingSeconds: 2, wordsPerMinute: 150 })).pace.band).toBe('not-enough-speech');
  });
});

describe('describeSpeech', () => {
  it('describes ranges and counts, with a summary line for each', () => {
    const d = describeSpeech(
      metrics({
        wordsPerMinute: 142.4,
        pauses: [
          { start: 5, end: 6, duration: 1 },
          { start: 20, end: 24, duration: 4 },
        ],
        pauseCount: 2,
        longestPause: { start: 20, end: 24, duration: 4 },
      }),
    );
    expect(d.pace).toMatchObject({ band: 'comfortable', wordsPerMinute: 142, comfortable: { min: 100, max: 165 } });
    expect(d.pace.summary).toContain('142');
    expect(d.pauses).toMatchObject({ count: 2, longSilences: 1, longestSeconds: 4 });
    expect(d.pauses.perMinute).toBeCloseTo(3, 9);
    expect(d.loudness.band).toBe('steady');
    for (const part of [d.pace, d.pauses, d.talk, d.loudness]) expect(part.summary.length).toBeGreaterThan(10);
  });

  it('bands loudness spread as steady, varied or uneven', () => {
    const band = (spreadDb: number) =>
      describeSpeech(metrics({ wordsPerMinute: 140, loudness: { meanDbfs: -20, spreadDb, variation: 0 } })).loudness
        .band;
    expect(band(2)).toBe('steady');
    expect(band(6)).toBe('varied');
    expect(band(11)).toBe('uneven');
  });

  it('handles silence without NaN or invented judgements', () => {
    const d = describeSpeech(analyseSpeech(new Float32Array(48_000), 48_000));
    expect(d.pace.band).toBe('not-enough-speech');
    expect(d.loudness.band).toBe('not-enough-speech');
    expect(d.pauses.count).toBe(0);
    expect(Number.isFinite(d.pauses.perMinute)).toBe(true);
  });

  it('a synthetic take of steady syllables reads as steady loudness', () => {
    const samples = buildSignal(16_000, [{ kind: 'syllables', count: 40 }]);
    expect(describeSpeech(analyseSpeech(samples, 16_000)).loudness.band).toBe('steady');
  });
});
