import { describe, expect, it } from 'vitest';
import type { SelfRating } from '../../../../../shared/features/rehearsal/schemas';
import { focusForNextTime, wentWell, withinTime, type SummaryTake } from './summary';

const rating = (overrides: Partial<SelfRating> = {}): SelfRating => ({
  bridged: true,
  usedStory: true,
  withinTime: true,
  confidence: 3,
  grade: 'good',
  ...overrides,
});
const take = (overrides: Partial<SummaryTake> = {}): SummaryTake => ({
  durationMs: 25_000,
  targetSeconds: 30,
  metrics: null,
  rating: rating(),
  ...overrides,
});

describe('session summary', () => {
  it('allows half a second of grace on time', () => {
    expect(withinTime(take({ durationMs: 30_400 }))).toBe(true);
    expect(withinTime(take({ durationMs: 31_000 }))).toBe(false);
  });

  it('names what went well from times and ratings', () => {
    const lines = wentWell([take(), take(), take({ rating: rating({ bridged: false }) })]);
    expect(lines).toContain('You finished within time in every answer.');
    expect(lines).toContain('You bridged to a key message in 2 of 3 answers you rated.');
    expect(lines.length).toBeLessThanOrEqual(3);
  });

  it('always finds something kind to say', () => {
    const lines = wentWell([take({ durationMs: 60_000, rating: null })]);
    expect(lines).toEqual(['You practised a question out loud. That is the hardest part, and you did it.']);
  });

  it('picks one focus, time first', () => {
    expect(focusForNextTime([take({ durationMs: 50_000 }), take({ durationMs: 45_000 }), take()])).toMatch(
      /^Keep answers shorter/,
    );
    expect(
      focusForNextTime([take({ rating: rating({ bridged: false }) }), take({ rating: rating({ bridged: false }) })]),
    ).toMatch(/^Practise the bridge/);
    expect(focusForNextTime([take({ rating: rating({ usedStory: false }) })])).toMatch(/story or example/);
    expect(focusForNextTime([take({ rating: rating({ confidence: 2 }) })])).toMatch(/felt hardest/);
    expect(focusForNextTime([take({ rating: rating({ confidence: 5 }) })])).toMatch(/ready for more/);
  });

  it('judges pace in the language of the answers', () => {
    // 175 words a minute as stored (at 1.5 syllables a word) is about 4.4 syllables a second: fast for English
    // words, comfortable for Arabic's longer ones.
    const metrics = {
      durationSeconds: 30,
      speakingSeconds: 25,
      speakingShare: 0.9,
      pauseCount: 2,
      longestPauseSeconds: 1,
      syllableCount: 110,
      wordsPerMinute: 175,
      articulationRate: 4.4,
      loudnessSpreadDb: 3,
    };
    const takes = [take({ metrics, rating: null }), take({ metrics, rating: null })];
    expect(focusForNextTime(takes)).toMatch(/Slow down a little/);
    expect(focusForNextTime(takes, 'ar')).not.toMatch(/Slow down/);
    expect(wentWell(takes, 'ar')).toContain('Your pace was comfortable in every recorded answer.');
    expect(wentWell(takes, 'en')).not.toContain('Your pace was comfortable in every recorded answer.');
  });
});
