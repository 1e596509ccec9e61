/**
 * The forms a private detail or name takes in running text, by the script of its last word, so "the Haddads",
 * "Коваленка" (of Kovalenko) and "مدينتي" (my city) are read as the word they are. Each form is a stem
 * plus the endings that may follow it; matching still needs a word edge after the ending.
 *
 * - Latin: plural -s/-es, -y -> -ies. A possessive ("Haddad’s", Turkish "Ankara’da") needs nothing here: the
 *   apostrophe is a word edge. Other inflections are not guessed ("Read" would find "Reading").
 * - Cyrillic (Ukrainian, Russian): noun and adjective case endings on a stem of at least 3 letters, and the
 *   Ukrainian і/о/е and ї/є change in the last syllable (Харків -> Харкова, Київ -> Києва).
 * - Greek: noun case endings (Παπαδόπουλος -> Παπαδόπουλου).
 * - Arabic (and Persian): possessive, nisba and plural suffixes, with ة written ت before them
 *   (مدينة -> مدينتي); prefixes (و ب ل ال) are handled by not checking the start edge.
 */

import { fold } from './fold';

export interface TermForm {
  stem: string;
  /** Longest first; '' when the stem may stand alone. */
  endings: readonly string[];
}

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Folded like the text (й is и, ї is і, ё is е after folding), deduplicated, longest first. */
const byLength = (list: Iterable<string>): string[] =>
  [...new Set([...list].map((e) => fold(e)))].sort((a, b) => b.length - a.length);

const CYRILLIC_ENDINGS = byLength(
  (
    'а я о е є і ї и у ю ом ем єм ою ею єю ів їв ам ям ах ях ами ями ові еві єві ой ей ий ій ого его ому ему ' +
    'им ім их іх ої ую юю ая яя ое ее ые ым ых ими ыми ов ев ёв ы'
  ).split(' '),
);
/** Endings taken off a Cyrillic word to find its stem, longest first. */
const CYRILLIC_STRIP = byLength(['ий', 'ій', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', ...'аяоеєіиьйуюїы']);
const CYRILLIC_VOWELS = /[аеєиіоуюяыэ]/u;
/**
 * The Ukrainian vowel change between a closed and an open last syllable (Харків/Харкова, Київ/Києва), as
 * folded: ї is і.
 */
const CYRILLIC_ALTERNATION: Readonly<Record<string, readonly string[]>> = {
  і: ['о', 'е', 'є'],
  о: ['і'],
  е: ['і'],
  є: ['і'],
};

/** Greek endings as folded (final ς is σ). */
const GREEK_ENDINGS = byLength(['ουσ', 'οσ', 'ου', 'ον', 'ησ', 'ασ', 'εσ', 'οι', 'ων', 'α', 'η', 'ο', 'ε', 'ι']);

/** As folded: ة is ه, ی/ى are ي. */
const ARABIC_SUFFIXES = byLength([
  'ي',
  'يه',
  'يات',
  'يين',
  'يون',
  'ه',
  'ها',
  'هم',
  'هن',
  'نا',
  'كم',
  'ك',
  'ات',
  'ون',
  'ين',
  'ان',
]);
const ARABIC_TA_SUFFIXES = byLength(['ت', 'تي', 'ته', 'تها', 'تهم', 'تنا', 'تك', 'تكم', 'ات']);

const MIN_STEM = 3;

function latinForms(key: string, word: string): TermForm[] {
  if (word.length < MIN_STEM || /\d$/u.test(word)) return [{ stem: key, endings: [''] }];
  if (/[^aeiou]y$/u.test(word)) {
    return [
      { stem: key, endings: ['s', ''] },
      { stem: key.slice(0, -1), endings: ['ies'] },
    ];
  }
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return [{ stem: key, endings: ['es', ''] }];
  return [{ stem: key, endings: ['s', ''] }];
}

function alternations(stem: string, wordStart: number): string[] {
  const i = stem.length - 2;
  const vowel = stem[i] ?? '';
  const last = stem[i + 1] ?? '';
  // Only a vowel followed by one consonant at the end of the stem changes.
  if (i <= wordStart || CYRILLIC_VOWELS.test(last) || !CYRILLIC_VOWELS.test(vowel)) return [];
  return (CYRILLIC_ALTERNATION[vowel] ?? []).map((v) => `${stem.slice(0, i)}${v}${last}`);
}

function cyrillicForms(key: string, wordStart: number): TermForm[] {
  const word = key.slice(wordStart);
  if (word.length < MIN_STEM + 1) return [{ stem: key, endings: [''] }];
  const strip = CYRILLIC_STRIP.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM) ?? '';
  const stem = key.slice(0, key.length - strip.length);
  const endings = byLength(['', strip, ...CYRILLIC_ENDINGS]);
  return [stem, ...alternations(stem, wordStart)].map((s) => ({ stem: s, endings }));
}

function greekForms(key: string, word: string): TermForm[] {
  if (word.length < MIN_STEM + 1) return [{ stem: key, endings: [''] }];
  const strip = GREEK_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM) ?? '';
  return [{ stem: key.slice(0, key.length - strip.length), endings: byLength(['', ...GREEK_ENDINGS]) }];
}

function arabicForms(key: string, word: string): TermForm[] {
  if (word.length < MIN_STEM) return [{ stem: key, endings: [''] }];
  const forms: TermForm[] = [{ stem: key, endings: [...ARABIC_SUFFIXES, ''] }];
  if (word.endsWith('ه') && word.length > MIN_STEM) {
    forms.push({ stem: key.slice(0, -1), endings: ARABIC_TA_SUFFIXES });
  }
  return forms;
}

/** The forms of a folded key whose last word starts at `wordStart`. */
export function termForms(key: string, wordStart: number): TermForm[] {
  const word = key.slice(wordStart);
  const first = word[0] ?? '';
  if (CYRILLIC.test(first)) return cyrillicForms(key, wordStart);
  if (GREEK.test(first)) return greekForms(key, word);
  if (ARABIC.test(first)) return arabicForms(key, word);
  if (LATIN_LETTER.test(first)) return latinForms(key, word);
  return [{ stem: key, endings: [''] }];
}
