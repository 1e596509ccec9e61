/**
 * The hand-counted test sentences are one of the sources of the syllables-per-word table
 * (src/shared/speech/words-per-minute.ts, source "corpus"): their averages must agree with what the table says.
 */
import { describe, expect, it } from 'vitest';
import { SYLLABLES_PER_WORD } from '../../shared/speech';
import { ENGLISH, GERMAN, SPANISH, UKRAINIAN, type CorpusSentence } from './speech-corpus';

function syllablesPerWord(sentences: readonly CorpusSentence[]): number {
  const words = sentences.reduce(
    (sum, s) =>
      sum +
      s.text
        .replace(/[.,!?]/g, '')
        .trim()
        .split(/\s+/).length,
    0,
  );
  return sentences.reduce((sum, s) => sum + s.syllables, 0) / words;
}

describe('speech corpus as a syllables-per-word source', () => {
  it.each([
    ['en', ENGLISH, 1.27],
    ['es', SPANISH, 2.03],
    ['de', GERMAN, 1.78],
    ['uk', UKRAINIAN, 2.13],
  ] as const)('%s: the figure quoted in SOURCES, and inside the table range', (tag, sentences, quoted) => {
    const measured = syllablesPerWord(sentences);
    expect(measured).toBeCloseTo(quoted, 2);
    const entry = SYLLABLES_PER_WORD[tag]!;
    expect(entry.sources).toContain('corpus');
    expect(measured).toBeGreaterThanOrEqual(entry.low);
    expect(measured).toBeLessThanOrEqual(entry.high);
  });
});
