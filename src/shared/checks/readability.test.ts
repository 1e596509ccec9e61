import { afterEach, describe, expect, it } from 'vitest';
import { checkReadability, LONG_SENTENCE_WORDS } from './readability';
import { forceSegmenterFallback } from './segment';

const ARABIC = 'أنا ممرضة في مستشفى كبير. أحب عملي كثيرا. هذه المدينة بيتي الآن.';
const UKRAINIAN = 'Я медсестра у великій лікарні. Я дуже люблю свою роботу. Це місто тепер мій дім.';
const CHINESE = '我是一名护士。我很喜欢我的工作。这座城市现在是我的家。';

afterEach(() => forceSegmenterFallback(false));

describe('checkReadability on English', () => {
  it('gives a short, plain draft no findings and sensible stats', () => {
    const result = checkReadability('I came here to study. I stayed to teach. Now I help new families feel at home.');
    expect(result.findings).toEqual([]);
    expect(result.stats).toMatchObject({ words: 17, sentences: 3, language: 'english' });
    expect(result.stats.syllables).toBeGreaterThanOrEqual(17);
    expect(result.stats.readingEase).toBeGreaterThan(70);
    expect(result.stats.averageSentenceLength).toBeCloseTo(5.7, 1);
  });

  it(`warns about a sentence longer than ${LONG_SENTENCE_WORDS} words and highlights it`, () => {
    const long =
      'When I first arrived in this city I did not know a single person and I had no idea where to find a doctor or a school for my children or even a warm coat.';
    const text = `Hello. ${long} Thank you.`;
    const findings = checkReadability(text).findings.filter((f) => f.id.startsWith('readability:long-sentence'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe(long);
    expect(findings[0]?.message).toMatch(/^This sentence has 3\d words\./);
  });

  it('notes passive voice gently, highlighting the auxiliary too', () => {
    const text = 'The rent was paid by the council.';
    const passive = checkReadability(text).findings.filter((f) => f.source === 'retext-passive');
    expect(passive).toHaveLength(1);
    expect(passive[0]?.severity).toBe('info');
    expect(text.slice(passive[0]?.start, passive[0]?.end)).toBe('was paid');
  });

  it('does not call "I was born" or "I was upset" passive', () => {
    expect(checkReadability('I was born in Aleppo. I was upset when we left.').findings).toEqual([]);
  });

  it('suggests simpler words from retext-simplify', () => {
    const text = 'We utilise our skills.';
    const [finding] = checkReadability(text).findings;
    expect(finding).toMatchObject({ kind: 'readability', severity: 'info', source: 'retext-simplify' });
    expect(text.slice(finding?.start, finding?.end)).toBe('utilise');
    expect(finding?.suggestion).toBe('Try “use”.');
  });

  it('keeps migration terms such as "leave to remain" and "benefits" out of the simpler-word notes', () => {
    expect(checkReadability('I got leave to remain last year. I never claimed benefits.').findings).toEqual([]);
  });

  it('warns when the reading ease is low', () => {
    const text =
      'Institutional accommodation arrangements necessitate comprehensive intergovernmental coordination, consequently generating considerable administrative complexity for organisations representing vulnerable communities.';
    const result = checkReadability(text);
    const ease = result.findings.find((f) => f.id === 'readability:reading-ease:all');
    expect(ease?.severity).toBe('warning');
    expect(ease?.start).toBeUndefined();
    expect(result.stats.readingEase).toBeLessThan(30);
  });
});

describe('checkReadability on other languages', () => {
  it.each([
    ['Arabic', ARABIC, 3],
    ['Ukrainian', UKRAINIAN, 3],
    ['Chinese', CHINESE, 3],
  ])('raises no false alarms on %s and still counts sensibly', (_name, text, sentences) => {
    const result = checkReadability(text);
    expect(result.findings).toEqual([]);
    expect(result.stats.language).toBe('other');
    expect(result.stats.readingEase).toBeNull();
    expect(result.stats.syllables).toBe(0);
    expect(result.stats.sentences).toBe(sentences);
    expect(result.stats.words).toBeGreaterThan(5);
  });

  it('counts Arabic and Ukrainian words by spaces, and Chinese words by dictionary or character', () => {
    expect(checkReadability(ARABIC).stats.words).toBe(12);
    expect(checkReadability(UKRAINIAN).stats.words).toBe(15);
    const han = [...CHINESE].filter((c) => /\p{Script=Han}/u.test(c)).length;
    const words = checkReadability(CHINESE).stats.words;
    expect(words).toBeGreaterThanOrEqual(Math.ceil(han / 3));
    expect(words).toBeLessThanOrEqual(han);
  });

  it('falls back without Intl.Segmenter: each Han character is one word', () => {
    forceSegmenterFallback(true);
    const han = [...CHINESE].filter((c) => /\p{Script=Han}/u.test(c)).length;
    expect(checkReadability(CHINESE).stats).toMatchObject({ words: han, sentences: 3 });
    expect(checkReadability(ARABIC).stats).toMatchObject({ words: 12, sentences: 3 });
  });

  it('leaves French and mixed English-Arabic drafts alone (no passive, jargon or reading-ease notes)', () => {
    const french =
      'Je suis arrivée en France il y a cinq ans et aujourd’hui je travaille comme infirmière dans un grand hôpital.';
    expect(checkReadability(french).findings).toEqual([]);
    const mixed = 'We utilise everything. The rent was paid. أنا ممرضة في مستشفى كبير وأحب عملي كثيرا جدا جدا.';
    const result = checkReadability(mixed);
    expect(result.findings).toEqual([]);
    expect(result.stats.language).toBe('other');
  });

  it('handles empty and symbol-only text', () => {
    expect(checkReadability('').stats).toMatchObject({ words: 0, sentences: 0, readingEase: null });
    expect(checkReadability('🎉🎉 !!!').findings).toEqual([]);
  });
});
