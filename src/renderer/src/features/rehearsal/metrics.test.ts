import { describe, expect, it } from 'vitest';
import { takeMetricsSchema, type TakeMetrics } from '../../../../shared/features/rehearsal/schemas';
import type { SpeechMetrics } from '../../../../shared/speech';
import { describeLength, describeTake, toTakeMetrics } from './metrics';

function speech(overrides: Partial<SpeechMetrics> = {}): SpeechMetrics {
  return {
    durationSeconds: 32.04,
    speakingSeconds: 24.46,
    firstSpeechSeconds: 1,
    lastSpeechSeconds: 30,
    speechSpanSeconds: 29,
    speakingShare: 0.84345,
    segments: [],
    pauses: [],
    pauseCount: 3,
    minPauseSeconds: 0.7,
    longestPause: { start: 10, end: 11.26, duration: 1.26 },
    syllableCount: 101,
    syllableTimes: [],
    syllablesPerSecond: 3.48,
    articulationRate: 4.129,
    wordsPerMinute: 139.3,
    syllablesPerWord: 1.5,
    loudness: { meanDbfs: -20, spreadDb: 3.16, variation: 0.2 },
    ...overrides,
  };
}

const stored = (overrides: Partial<TakeMetrics> = {}): TakeMetrics => ({ ...toTakeMetrics(speech()), ...overrides });

describe('toTakeMetrics', () => {
  it('keeps the summary the contract stores, rounded', () => {
    expect(toTakeMetrics(speech())).toEqual({
      durationSeconds: 32,
      speakingSeconds: 24.5,
      speakingShare: 0.843,
      pauseCount: 3,
      longestPauseSeconds: 1.3,
      syllableCount: 101,
      wordsPerMinute: 139,
      articulationRate: 4.1,
      loudnessSpreadDb: 3.2,
    });
  });

  it('turns silence (no pauses, no loudness) and odd numbers into values the contract accepts', () => {
    const silent = toTakeMetrics(
      speech({
        speakingSeconds: 0,
        speakingShare: 0,
        pauseCount: 0,
        longestPause: null,
        loudness: null,
        wordsPerMinute: Number.NaN,
      }),
    );
    expect(takeMetricsSchema.safeParse(silent).success).toBe(true);
    expect(silent).toMatchObject({ longestPauseSeconds: 0, loudnessSpreadDb: 0, wordsPerMinute: 0 });
    expect(
      takeMetricsSchema.safeParse(toTakeMetrics(speech({ wordsPerMinute: 5000, speakingShare: 1.2 }))).success,
    ).toBe(true);
  });
});

describe('describeTake', () => {
  it('describes the answer time against the target, kindly', () => {
    expect(describeLength(28_000, 30)).toMatchObject({
      value: '28 seconds (target 30 seconds)',
      note: 'Within time.',
      tone: 'good',
    });
    expect(describeLength(38_000, 30)).toMatchObject({
      note: '8 seconds over. Try landing your key message sooner.',
      tone: 'coach',
    });
    expect(describeLength(5_000, 30).tone).toBe('neutral');
  });

  it('gives pace as a range, not a score', () => {
    const line = (wpm: number) =>
      describeTake({ durationMs: 30_000, targetSeconds: 30, metrics: stored({ wordsPerMinute: wpm }) }).find(
        (l) => l.id === 'pace',
      );
    // 139 words a minute at the analysis's 1.5 syllables a word is 3.5 syllables a second: 140–165 at English's 1.25–1.5.
    expect(line(139)?.value).toBe('About 140–165 words a minute in English (comfortable; 100 to 165 is comfortable)');
    expect(line(190)?.value).toContain('(fast;');
    expect(line(80)?.value).toContain('(slow;');
    for (const wpm of [80, 139, 190]) expect(JSON.stringify(line(wpm))).not.toMatch(/score|\/ ?10|%/);
  });

  it('says when there was too little speech to measure a pace', () => {
    const lines = describeTake({ durationMs: 4_000, targetSeconds: 30, metrics: stored({ speakingSeconds: 3 }) });
    expect(lines.find((l) => l.id === 'pace')?.value).toBe('Not enough speech to tell');
    expect(lines.find((l) => l.id === 'loudness')).toBeUndefined();
  });

  it('treats pauses as good and only coaches long silences', () => {
    const pauses = (count: number, longest: number) =>
      describeTake({
        durationMs: 30_000,
        targetSeconds: 30,
        metrics: stored({ pauseCount: count, longestPauseSeconds: longest }),
      }).find((l) => l.id === 'pauses');
    expect(pauses(3, 1.3)).toMatchObject({ value: '3 pauses, longest 1.3 seconds', tone: 'good' });
    expect(pauses(0, 0)?.value).toBe('No pauses of 0.7 seconds or more');
    expect(pauses(2, 4.2)?.tone).toBe('coach');
  });

  it('bands loudness steadiness', () => {
    const loudness = (spread: number) =>
      describeTake({ durationMs: 30_000, targetSeconds: 30, metrics: stored({ loudnessSpreadDb: spread }) }).find(
        (l) => l.id === 'loudness',
      )?.value;
    expect(loudness(3)).toBe('Steady');
    expect(loudness(6)).toBe('Lively');
    expect(loudness(11)).toBe('Uneven');
  });

  it('shows only the answer time for a take without a recording', () => {
    expect(describeTake({ durationMs: 12_000, targetSeconds: 15, metrics: null }).map((l) => l.id)).toEqual(['length']);
  });
});
