import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { GAP_NONE, GAP_PHRASE, GAP_SENTENCE, GAP_SOFT, GAP_WORD, normaliseForMatch, type MatchText } from './normalise';

function gapsOf(m: MatchText): number[] {
  return Array.from(m.gaps);
}

describe('normaliseForMatch', () => {
  it('keeps letters and digits only, folded, and the break before each', () => {
    const m = normaliseForMatch('Elm-Street, 12 ÉCOLE.');
    expect(m.key).toBe('elmstreet12ecole');
    expect(gapsOf(m)).toEqual([
      GAP_SENTENCE,
      ...[0, 0].map(() => GAP_NONE),
      GAP_WORD,
      ...[0, 0, 0, 0, 0].map(() => GAP_NONE),
      GAP_PHRASE,
      GAP_NONE,
      GAP_WORD,
      ...[0, 0, 0, 0].map(() => GAP_NONE),
      GAP_SENTENCE,
    ]);
  });

  it('maps every key unit back to the original text, invisible characters included in the letter before', () => {
    const text = 'Ko\u00ADva\u200Blen\u200Dko';
    const m = normaliseForMatch(text);
    expect(m.key).toBe('kovalenko');
    expect(text.slice(m.starts[0], m.ends[m.key.length - 1])).toBe(text);
    expect(m.ends[1]).toBe(3); // "o" plus the soft hyphen after it
  });

  it('drops format characters, direction marks, the Arabic tatweel and combining marks', () => {
    for (const text of ['\u200eHad\u2060dad\u200f', '\ufeffHaddad', 'Ha\u0301ddad', 'Had\u034Fdad']) {
      expect(normaliseForMatch(text).key, JSON.stringify(text)).toBe('haddad');
    }
    expect(normaliseForMatch('حمـــص').key).toBe('حمص');
  });

  it('joins a word hyphenated across a line break, and only then', () => {
    expect(gapsOf(normaliseForMatch('Koval-\nenko'))).not.toContain(GAP_WORD);
    expect(gapsOf(normaliseForMatch('Koval-\r\n  enko'))).not.toContain(GAP_PHRASE);
    expect(gapsOf(normaliseForMatch('Koval‐\nenko'))).not.toContain(GAP_PHRASE);
    expect(gapsOf(normaliseForMatch('Koval-enko'))[5]).toBe(GAP_WORD);
    expect(gapsOf(normaliseForMatch('Koval -\nenko'))[5]).toBe(GAP_PHRASE);
  });

  it('tells a sentence end from an abbreviation, and one line break from a blank line', () => {
    expect(normaliseForMatch('Leeds. Road').gaps[5]).toBe(GAP_SENTENCE);
    expect(normaliseForMatch('St. Mary').gaps[2]).toBe(GAP_PHRASE);
    expect(normaliseForMatch('example.org').gaps[7]).toBe(GAP_WORD);
    expect(normaliseForMatch('Paulo\nBakery').gaps[5]).toBe(GAP_PHRASE);
    expect(normaliseForMatch('Paulo\n\nBakery').gaps[5]).toBe(GAP_SENTENCE);
  });

  it('marks apostrophes, case changes and letter-digit changes as soft breaks', () => {
    expect(normaliseForMatch("O'Brien").gaps[1]).toBe(GAP_SOFT);
    expect(normaliseForMatch('OlenaKovalenko').gaps[5]).toBe(GAP_SOFT);
    expect(normaliseForMatch('Haddad1990').gaps[6]).toBe(GAP_SOFT);
  });

  it('finds handles: emails, @names, #tags and web addresses, with digits left out of them', () => {
    const m = normaliseForMatch('Write to olena_kovalenko99@example.org or #WeBuildHome, not Ltd. or U.K.');
    expect(m.handleSpans.map((s) => m.key.slice(s.start, s.end))).toEqual(['olenakovalenkoexampleorg', 'webuildhome']);
    expect(m.key).toContain('olenakovalenkoexampleorg');
  });

  it('folds letters people write without their stroke, and Arabic and Persian keyboard variants', () => {
    expect(normaliseForMatch('Łódź Ørsted Đorđe Kılıç').key).toBe('lodzorsteddordekilic');
    expect(normaliseForMatch('مدينة').key).toBe(normaliseForMatch('مدينه').key);
    expect(normaliseForMatch('کریمی').key).toBe(normaliseForMatch('كريمي').key);
    expect(normaliseForMatch('٢٠٢٤').key).toBe('2024');
  });

  it('writes a mixed-script word in its main script, and leaves whole words of another script alone', () => {
    expect(normaliseForMatch('Kоvalenko').key).toBe('kovalenko'); // Cyrillic о
    expect(normaliseForMatch('Кoваленко').key).toBe('коваленко'); // Latin o
    expect(normaliseForMatch('ΚOVALENKO').key).toBe('kovalenko'); // Greek Κ
    expect(normaliseForMatch('HАDDАD').key).toBe('haddad'); // Cyrillic А
    // Whole words in Cyrillic or Greek stay as they are: not turned into Latin look-alikes.
    expect(normaliseForMatch('Не знаю, Олена').key).toBe('незнаюолена');
    expect(normaliseForMatch('Ηλίας').key).toBe('ηλιασ');
  });

  it('folds values for display the same way, keeping punctuation', () => {
    expect(fold('  Tartûs\u00AD  ')).toBe('tartus');
    expect(fold('Olena’s  Kova\u200Blenko – choir')).toBe("olena's kovalenko - choir");
  });
});
