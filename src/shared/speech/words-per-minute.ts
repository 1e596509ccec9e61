/**
 * Words per minute from a syllable rate, per interview language. The analysis counts syllables, which is
 * language-neutral; words are not: an English word averages well under 1.5 syllables in speech, a Spanish or
 * Arabic one about 2 or more. So words per minute is shown as a range built from a syllables-per-word range
 * for the language, with a typical figure inside it. Every figure below names its basis in SOURCES; where
 * the basis is rough, the entry says so and its range is wider.
 */

export interface SyllablesPerWord {
  /** Fewest syllables per word the sources support for running speech (gives the HIGH words-per-minute end). */
  low: number;
  typical: number;
  /** Most syllables per word (gives the LOW words-per-minute end). */
  high: number;
  /** 'measured': backed by counts (ours or published); 'rough': an estimate from the language's structure. */
  basis: 'measured' | 'rough';
  /** Keys of SOURCES behind the figure. */
  sources: readonly SourceKey[];
  /** What the figure means for this language when it is not obvious (e.g. Chinese "words"). */
  note?: string;
}

export type SourceKey = 'greenberg1999' | 'fucks1955' | 'wilsonNetsell2009' | 'corpus' | 'structure';

/** Where the figures come from. Published figures are from written or read texts unless said otherwise. */
export const SOURCES: Readonly<Record<SourceKey, string>> = Object.freeze({
  greenberg1999:
    'S. Greenberg (1999), "Speaking in shorthand: a syllable-centric perspective for understanding pronunciation ' +
    'variation", Speech Communication 29: about 80 % of word tokens in spontaneous American English telephone ' +
    'conversation (Switchboard) are monosyllabic, which puts conversational English near 1.2-1.3 syllables per word.',
  fucks1955:
    'W. Fucks (1955), "Mathematische Analyse von Sprachelementen, Sprachstil und Sprachen", as tabulated in ' +
    'P. Grzybek (2006), "History and methodology of word length studies": mean word length in syllables of ' +
    'written texts, about 1.4 for English, 1.6-1.8 for German, 2.2 for Russian and for Arabic.',
  wilsonNetsell2009:
    'Wilson & Netsell (2009), speech rate in American English, Arabic and Tamil (R. Netsell, "Rate of speech and ' +
    'communication efficiency"): Arabic speakers at 2.2 and 2.5 syllables per word, American English at 1.2-1.3.',
  corpus:
    "This project's hand-counted test sentences (src/main/audio/speech-corpus.ts: short plain sentences of an " +
    'ambassador speaking): English 1.27, Spanish 2.03, German 1.78, Ukrainian 2.13 syllables per word ' +
    '(checked by words-per-minute.test.ts).',
  structure:
    'Rough estimate from the structure of the language (typical word shapes, clitics written as part of a word), ' +
    'not from a count; the range is kept wide on purpose. Replace when a counted source is found.',
});

/**
 * Syllables per word by BCP-47 primary language subtag (look-ups accept full tags such as "en-GB" or
 * "zh-Hans-CN"). Ranges are for speech in an interview: nearer conversation than read prose.
 */
export const SYLLABLES_PER_WORD: Readonly<Record<string, SyllablesPerWord>> = Object.freeze({
  en: { low: 1.25, typical: 1.4, high: 1.5, basis: 'measured', sources: ['greenberg1999', 'fucks1955', 'corpus'] },
  fr: {
    low: 1.3,
    typical: 1.5,
    high: 1.7,
    basis: 'rough',
    sources: ['structure'],
    note: 'Many one-syllable function words (le, de, je, que), elision and dropped schwas in speech.',
  },
  es: { low: 1.8, typical: 2.0, high: 2.2, basis: 'measured', sources: ['corpus', 'structure'] },
  de: { low: 1.6, typical: 1.75, high: 1.9, basis: 'measured', sources: ['fucks1955', 'corpus'] },
  ar: {
    low: 2.1,
    typical: 2.3,
    high: 2.6,
    basis: 'measured',
    sources: ['wilsonNetsell2009', 'fucks1955'],
    note: 'Written words carry clitics (wa-, al-, bi-, pronoun endings), so a "word" is long.',
  },
  uk: { low: 2.0, typical: 2.15, high: 2.3, basis: 'measured', sources: ['corpus', 'fucks1955'] },
  ru: { low: 2.0, typical: 2.2, high: 2.4, basis: 'measured', sources: ['fucks1955'] },
  fa: {
    low: 1.7,
    typical: 2.0,
    high: 2.3,
    basis: 'rough',
    sources: ['structure'],
    note: 'Mostly one- to three-syllable words; suffixed pronouns and the ezafe lengthen written words.',
  },
  zh: {
    low: 1,
    typical: 1,
    high: 1,
    basis: 'measured',
    sources: ['structure'],
    note: 'Chinese pace is counted in characters per minute, and every character is one syllable: the figure is characters per minute.',
  },
});

export interface WordsPerMinuteRange {
  low: number;
  typical: number;
  high: number;
  /** The table key used, or null when the language is not in the table and the all-languages span was used. */
  language: string | null;
}

/** The span of every language in the table, for a language we have no figure for: honest, if wide. */
function allLanguagesSpan(): SyllablesPerWord {
  const entries = Object.values(SYLLABLES_PER_WORD).filter((e) => e.high > 1);
  return {
    low: Math.min(...entries.map((e) => e.low)),
    typical: 1.5,
    high: Math.max(...entries.map((e) => e.high)),
    basis: 'rough',
    sources: ['structure'],
  };
}

/** The table entry for a BCP-47 tag ("en-GB" -> "en"), or null. */
export function syllablesPerWordFor(language: string): { key: string; entry: SyllablesPerWord } | null {
  const key = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const entry = SYLLABLES_PER_WORD[key];
  return entry ? { key, entry } : null;
}

/**
 * Words per minute for a syllable rate in a language: low uses the most syllables per word, high the fewest.
 * A rate that is not a positive finite number (no speech measured) gives zeros.
 */
export function wordsPerMinuteRange(syllablesPerSecond: number, language: string): WordsPerMinuteRange {
  const found = syllablesPerWordFor(language);
  const spw = found?.entry ?? allLanguagesSpan();
  const perMinute = Number.isFinite(syllablesPerSecond) && syllablesPerSecond > 0 ? syllablesPerSecond * 60 : 0;
  return {
    low: perMinute / spw.high,
    typical: perMinute / spw.typical,
    high: perMinute / spw.low,
    language: found?.key ?? null,
  };
}
