import { afterEach, describe, expect, it } from 'vitest';
import { checkLength, DEFAULT_WORDS_PER_SECOND, SOCIAL_PLATFORMS } from './length';
import { forceSegmenterFallback } from './segment';

/** n distinct-ish words in one sentence. */
function words(n: number): string {
  const pool = ['we', 'build', 'homes', 'friends', 'and', 'futures', 'here', 'together', 'every', 'day'];
  return `${Array.from({ length: n }, (_, i) => pool[i % pool.length]).join(' ')}.`;
}

afterEach(() => forceSegmenterFallback(false));

describe('checkLength: press quotes', () => {
  it('accepts a quote of 20 words or fewer in 1-3 sentences', () => {
    const result = checkLength('I came here with nothing. Now I help others find their feet.', { kind: 'press' });
    expect(result.findings).toEqual([]);
    expect(result.stats).toMatchObject({ words: 12, sentences: 2, seconds: 4.8, wordsPerSecond: 2.5, limit: null });
  });

  it('warns softly above 20 words and strongly above 40', () => {
    expect(checkLength(words(20), { kind: 'press' }).findings).toEqual([]);
    const soft = checkLength(words(21), { kind: 'press' }).findings;
    expect(soft.map((f) => [f.id, f.severity])).toEqual([['length:press-words:all', 'warning']]);
    expect(soft[0]?.message).toContain('21 words');
    expect(soft[0]?.start).toBeUndefined();
    const strong = checkLength(words(41), { kind: 'press' }).findings;
    expect(strong.map((f) => f.severity)).toEqual(['strong']);
  });

  it('warns about more than 3 sentences', () => {
    const result = checkLength('We came. We stayed. We worked. We belong.', { kind: 'press' });
    expect(result.findings.map((f) => f.id)).toEqual(['length:press-sentences:all']);
  });
});

describe('checkLength: soundbites', () => {
  it('estimates speaking time at the ambassador’s pace', () => {
    expect(checkLength(words(30), { kind: 'soundbite' }).stats.seconds).toBe(12);
    expect(checkLength(words(30), { kind: 'soundbite', wordsPerSecond: 3 }).stats.seconds).toBe(10);
  });

  it('is fine at about 15 s, warns when clearly over, strong above 20 s', () => {
    expect(checkLength(words(40), { kind: 'soundbite' }).findings).toEqual([]); // 16 s
    const warn = checkLength(words(45), { kind: 'soundbite' }).findings; // 18 s
    expect(warn.map((f) => f.severity)).toEqual(['warning']);
    expect(warn[0]?.suggestion).toContain('about 38 words at your pace');
    expect(checkLength(words(55), { kind: 'soundbite' }).findings.map((f) => f.severity)).toEqual(['strong']); // 22 s
    expect(checkLength(words(55), { kind: 'soundbite', wordsPerSecond: 3.5 }).findings).toEqual([]); // 15.7 s
  });

  it('falls back to the default pace when the given pace is not usable', () => {
    for (const wordsPerSecond of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(checkLength(words(10), { kind: 'soundbite', wordsPerSecond }).stats.wordsPerSecond).toBe(
        DEFAULT_WORDS_PER_SECOND,
      );
    }
  });
});

describe('checkLength: social posts', () => {
  it('has a table of platform limits', () => {
    expect(Object.fromEntries(Object.entries(SOCIAL_PLATFORMS).map(([k, v]) => [k, v.limit]))).toEqual({
      x: 280,
      bluesky: 300,
      threads: 500,
      instagram: 2200,
      linkedin: 3000,
      facebook: 63206,
    });
  });

  it('counts an emoji (even a family or a flag) as one character', () => {
    expect(checkLength('👩‍👩‍👧🇺🇦é', { kind: 'social' }).stats.characters).toBe(3);
  });

  it('is strong when over the platform limit, and uses X by default', () => {
    const text = 'a'.repeat(281);
    const x = checkLength(text, { kind: 'social' });
    expect(x.stats.limit).toBe(280);
    expect(x.findings).toHaveLength(1);
    expect(x.findings[0]).toMatchObject({ severity: 'strong', kind: 'length' });
    expect(x.findings[0]?.message).toBe('This is 281 characters, and X (Twitter) allows 280.');
    expect(x.findings[0]?.suggestion).toBe('Cut 1 character, or split it into two posts.');
    expect(checkLength(text, { kind: 'social', platformLimit: 'bluesky' }).findings).toEqual([]);
    expect(checkLength(text, { kind: 'social', platformLimit: 100 }).findings[0]?.message).toContain('allows 100');
  });

  it('counts 280 emoji as 280 characters, within the X limit', () => {
    expect(checkLength('🎉'.repeat(280), { kind: 'social', platformLimit: 'x' }).findings).toEqual([]);
  });

  it('counts characters without Intl.Segmenter too (code points, joined sequences once)', () => {
    forceSegmenterFallback(true);
    expect(checkLength('👩‍👩‍👧é🎉', { kind: 'social' }).stats.characters).toBe(3);
  });
});

describe('checkLength on other scripts', () => {
  it('counts Chinese, Arabic and Ukrainian words for speaking time', () => {
    expect(checkLength('我是一名护士。我很喜欢我的工作。', { kind: 'press' }).stats.sentences).toBe(2);
    expect(checkLength('أنا ممرضة في مستشفى كبير.', { kind: 'press' }).stats.words).toBe(5);
    expect(checkLength('Я медсестра у великій лікарні.', { kind: 'soundbite' }).stats).toMatchObject({
      words: 5,
      seconds: 2,
    });
  });
});
