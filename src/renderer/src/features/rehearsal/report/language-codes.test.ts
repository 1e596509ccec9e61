import { describe, expect, it } from 'vitest';
import { defaultTakeLanguage, languageCode, languageName, takeLanguages } from './language-codes';

describe('language names from the profile', () => {
  it('maps the names people write, in English or in the language, to codes', () => {
    expect(languageCode('Arabic')).toBe('ar');
    expect(languageCode('  French ')).toBe('fr');
    expect(languageCode('français')).toBe('fr');
    expect(languageCode('Arabic (Sudanese)')).toBe('ar');
    expect(languageCode('Farsi/Dari')).toBe('fa');
    expect(languageCode('Tigrinya - fluent')).toBe('ti');
    expect(languageCode('العربية')).toBe('ar');
  });

  it('takes codes as they are and refuses what it does not know', () => {
    expect(languageCode('es')).toBe('es');
    expect(languageCode('en-GB')).toBe('en');
    expect(languageCode('Klingon')).toBeNull();
    expect(languageCode('')).toBeNull();
  });

  it('offers the known profile languages and English, and defaults to English when it is there', () => {
    expect(takeLanguages(['Arabic', 'Klingon', 'arabic', 'French'])).toEqual(['ar', 'fr', 'en']);
    expect(takeLanguages([])).toEqual(['en']);
    expect(defaultTakeLanguage(['Arabic', 'English'])).toBe('en');
    expect(defaultTakeLanguage(['Arabic', 'French'])).toBe('ar');
    expect(defaultTakeLanguage(['Klingon'])).toBe('en');
  });

  it('names a language in the reader’s own locale', () => {
    const expected = new Intl.DisplayNames(undefined, { type: 'language' }).of('ar');
    expect(languageName('ar')).toBe(expected);
    expect(languageName('not a code!')).toBe('not a code!');
  });
});
