import { describe, expect, it } from 'vitest';
import { SYLLABLES_PER_WORD, SYLLABLES_PER_WORD_SOURCES, syllablesPerWordFor, wordsPerMinuteRange } from './index';

describe('SYLLABLES_PER_WORD', () => {
  it('covers the interview languages the brief names', () => {
    for (const tag of ['en', 'fr', 'es', 'de', 'ar', 'uk', 'ru', 'fa', 'zh']) {
      expect(SYLLABLES_PER_WORD[tag], tag).toBeDefined();
    }
  });

  it.each(Object.entries(SYLLABLES_PER_WORD))('%s: an ordered range with at least one named source', (_tag, e) => {
    expect(e.low).toBeGreaterThanOrEqual(1);
    expect(e.low).toBeLessThanOrEqual(e.typical);
    expect(e.typical).toBeLessThanOrEqual(e.high);
    expect(e.sources.length).toBeGreaterThan(0);
    for (const key of e.sources) expect(SYLLABLES_PER_WORD_SOURCES[key]).toMatch(/.{40}/);
  });

  it('rough entries are wider than a hair, so the range says how unsure the figure is', () => {
    for (const [tag, e] of Object.entries(SYLLABLES_PER_WORD)) {
      if (e.basis === 'rough') expect(e.high - e.low, tag).toBeGreaterThanOrEqual(0.4 - 1e-9);
    }
  });

  it('orders languages as the sources do: English shortest words, Arabic and Slavic longest (Chinese counts characters)', () => {
    const t = (tag: string) => SYLLABLES_PER_WORD[tag]!.typical;
    expect(t('en')).toBeLessThan(t('de'));
    expect(t('de')).toBeLessThan(t('es'));
    expect(t('es')).toBeLessThan(t('ru'));
    expect(t('ru')).toBeLessThan(t('ar'));
    expect(SYLLABLES_PER_WORD.zh).toMatchObject({ low: 1, typical: 1, high: 1 });
  });
});

describe('wordsPerMinuteRange', () => {
  it('divides the syllables per minute by the syllables per word: low uses the longest words', () => {
    // 4 syllables/s = 240 per minute; English 1.25-1.5, typical 1.4.
    const r = wordsPerMinuteRange(4, 'en');
    expect(r.language).toBe('en');
    expect(r.low).toBeCloseTo(160, 9);
    expect(r.typical).toBeCloseTo(240 / 1.4, 9);
    expect(r.high).toBeCloseTo(192, 9);
  });

  it('gives fewer words per minute for the same syllable rate in a language with longer words', () => {
    expect(wordsPerMinuteRange(5, 'es').typical).toBeLessThan(wordsPerMinuteRange(5, 'en').typical);
    expect(wordsPerMinuteRange(5, 'ar').high).toBeLessThan(wordsPerMinuteRange(5, 'en').low);
  });

  it('accepts full BCP-47 tags in any case', () => {
    expect(wordsPerMinuteRange(4, 'en-GB')).toEqual(wordsPerMinuteRange(4, 'en'));
    expect(wordsPerMinuteRange(4, 'zh-Hans-CN').language).toBe('zh');
    expect(wordsPerMinuteRange(4, 'FA_IR').language).toBe('fa');
    expect(syllablesPerWordFor(' uk ')?.key).toBe('uk');
  });

  it('Chinese: syllables per minute are characters per minute', () => {
    expect(wordsPerMinuteRange(4, 'zh')).toEqual({ low: 240, typical: 240, high: 240, language: 'zh' });
  });

  it('an unknown language gets the span of all languages in the table, and says so', () => {
    const r = wordsPerMinuteRange(4, 'sw');
    expect(r.language).toBeNull();
    expect(r.low).toBeCloseTo(240 / 2.6, 9);
    expect(r.high).toBeCloseTo(240 / 1.25, 9);
    expect(r.low).toBeLessThan(r.typical);
    expect(r.typical).toBeLessThan(r.high);
    expect(syllablesPerWordFor('')).toBeNull();
  });

  it('no measurable rate gives zeros, never NaN or Infinity', () => {
    for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(wordsPerMinuteRange(rate, 'en')).toEqual({ low: 0, typical: 0, high: 0, language: 'en' });
    }
  });
});
