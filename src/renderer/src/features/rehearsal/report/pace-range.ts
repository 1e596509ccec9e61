/**
 * Pace as a range of words a minute for the take's language ("about 120–140 words a minute in English"):
 * syllables are what the analysis counts, and how many make a word depends on the language, so one figure
 * would claim a precision the measure does not have.
 */
import {
  COMFORTABLE_WPM,
  DEFAULT_SYLLABLES_PER_WORD,
  syllablesPerWordFor,
  wordsPerMinuteRange,
  type PaceBand,
} from '../../../../../shared/speech';
import { languageName } from './language-codes';

export interface PaceRange {
  low: number;
  high: number;
  typical: number;
  /** Where the typical figure sits against the comfortable 100–165 band (DOMAIN.md). */
  band: Exclude<PaceBand, 'not-enough-speech'>;
}

/** Whether the speech table has a syllables-per-word figure for the language (else it spans all languages). */
export function hasSyllableFigure(language: string): boolean {
  return syllablesPerWordFor(language) !== null;
}

/**
 * A stored take keeps words a minute worked out at the analysis's default syllables per word (English's
 * 1.5), not its syllable rate; this turns it back into syllables a second.
 */
export function syllablesPerSecondOf(storedWordsPerMinute: number): number {
  return (storedWordsPerMinute * DEFAULT_SYLLABLES_PER_WORD) / 60;
}

/** Rounded to 5: "about 123–141" reads as more exact than the estimate is. */
const roundTo5 = (value: number) => Math.round(value / 5) * 5;

export function paceRange(syllablesPerSecond: number, language: string): PaceRange {
  const range = wordsPerMinuteRange(syllablesPerSecond, language);
  const low = roundTo5(range.low);
  const high = Math.max(low, roundTo5(range.high));
  const band =
    range.typical > COMFORTABLE_WPM.max ? 'fast' : range.typical < COMFORTABLE_WPM.min ? 'slow' : 'comfortable';
  return { low, high, typical: Math.round(range.typical), band };
}

/** "about 120–140 words a minute in English" (or one figure when the range rounds to one). */
export function describePaceRange(range: Pick<PaceRange, 'low' | 'high'>, language: string): string {
  const figure = range.low === range.high ? `${range.low}` : `${range.low}–${range.high}`;
  const inLanguage = hasSyllableFigure(language)
    ? `in ${languageName(language)}`
    : `(across languages: there is no syllables-per-word figure for ${languageName(language)} yet)`;
  return `about ${figure} words a minute ${inLanguage}`;
}

/** The comfortable band in syllables a second for a language, for drawing it on the pace chart. */
export function comfortableSyllableRate(language: string): { min: number; max: number } {
  // Words a minute per syllable a second, at the language's typical syllables per word.
  const wordsPerSyllableRate = wordsPerMinuteRange(1, language).typical;
  return { min: COMFORTABLE_WPM.min / wordsPerSyllableRate, max: COMFORTABLE_WPM.max / wordsPerSyllableRate };
}
