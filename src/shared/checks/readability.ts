import { flesch } from 'flesch';
import { analyseEnglish } from './english';
import { looksEnglish, scriptProfile } from './script';
import { sentenceSpans, snapSpan, wordSpans } from './segment';
import type { Finding } from './types';

/** Sentences longer than this are hard to follow when heard once. */
export const LONG_SENTENCE_WORDS = 25;
/** Reading ease (Flesch) below this gets a gentle note; below WARN_EASE a warning. */
export const NOTE_EASE = 60;
export const WARN_EASE = 50;
/** Reading ease is unreliable on very short texts, so it is only judged from this many words. */
export const MIN_WORDS_FOR_EASE = 10;
/** Share of Chinese/Japanese characters above which word-based sentence length is not judged. */
const CJK_SHARE_FOR_NO_SENTENCE_LENGTH = 0.3;

export interface ReadabilityStats {
  words: number;
  sentences: number;
  /** 0 when the text is not English (syllables are only counted for English). */
  syllables: number;
  /** Flesch reading ease (higher is easier; 60+ is plain English). Null when not English or empty. */
  readingEase: number | null;
  averageSentenceLength: number;
  /** Whether the English analysers ran. */
  language: 'english' | 'other';
}

export interface ReadabilityResult {
  findings: Finding[];
  stats: ReadabilityStats;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function longSentence(text: string, start: number, end: number, words: number): Finding | null {
  const span = snapSpan(text, start, end);
  if (!span) return null;
  return {
    id: `readability:long-sentence:${span.start}`,
    kind: 'readability',
    severity: 'warning',
    ...span,
    message: `This sentence has ${words} words. Long sentences are hard to follow when people hear them once.`,
    suggestion: 'Try splitting it into two shorter sentences.',
  };
}

function quoted(list: readonly string[]): string {
  const q = list.map((s) => `“${s}”`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

function englishReadability(text: string): ReadabilityResult {
  const analysis = analyseEnglish(text);
  const findings: Finding[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.words > LONG_SENTENCE_WORDS) {
      const f = longSentence(text, sentence.start, sentence.end, sentence.words);
      if (f) findings.push(f);
    }
  }
  for (const note of analysis.notes) {
    const span = snapSpan(text, note.start, note.end);
    if (!span) continue;
    if (note.source === 'retext-passive') {
      findings.push({
        id: `readability:passive:${span.start}`,
        kind: 'readability',
        severity: 'info',
        ...span,
        message: `“${note.actual}” is passive: it does not say who did it.`,
        suggestion:
          'If it matters who did it, name them: “The council found us a home” rather than “We were found a home”. It is fine to keep it.',
        source: 'retext-passive',
      });
    } else {
      findings.push({
        id: `readability:simpler-word:${span.start}`,
        kind: 'readability',
        severity: 'info',
        ...span,
        message: `“${note.actual}” can be said more simply.`,
        suggestion: note.expected.length > 0 ? `Try ${quoted(note.expected)}.` : 'You could leave it out.',
        source: 'retext-simplify',
      });
    }
  }
  const sentences = analysis.sentences.length;
  const ease = flesch({ sentence: sentences, word: analysis.words, syllable: analysis.syllables });
  const readingEase = Number.isFinite(ease) ? round1(ease) : null;
  if (readingEase !== null && analysis.words >= MIN_WORDS_FOR_EASE && readingEase < NOTE_EASE) {
    const hard = readingEase < WARN_EASE;
    findings.push({
      id: 'readability:reading-ease:all',
      kind: 'readability',
      severity: hard ? 'warning' : 'info',
      message: hard
        ? `This may be hard to follow: its reading ease is ${Math.round(readingEase)} out of 100.`
        : `Its reading ease is ${Math.round(readingEase)} out of 100. Most listeners find 60 or more easy.`,
      suggestion: 'Use shorter sentences and everyday words.',
      source: 'Flesch reading ease (flesch, syllable)',
    });
  }
  return {
    findings,
    stats: {
      words: analysis.words,
      sentences,
      syllables: analysis.syllables,
      readingEase,
      averageSentenceLength: sentences > 0 ? round1(analysis.words / sentences) : 0,
      language: 'english',
    },
  };
}

function otherReadability(text: string, cjkShare: number): ReadabilityResult {
  const spans = sentenceSpans(text);
  const findings: Finding[] = [];
  let words = 0;
  for (const s of spans) {
    const n = wordSpans(text, s.start, s.end).length;
    words += n;
    // Word counts in Chinese and Japanese depend on the dictionary, so sentence length is not judged there.
    if (n > LONG_SENTENCE_WORDS && cjkShare < CJK_SHARE_FOR_NO_SENTENCE_LENGTH) {
      const f = longSentence(text, s.start, s.end, n);
      if (f) findings.push(f);
    }
  }
  // Words outside any sentence (e.g. a lone emoji line with a hashtag) still count.
  if (spans.length === 0) words = wordSpans(text).length;
  const sentences = spans.length;
  return {
    findings,
    stats: {
      words,
      sentences,
      syllables: 0,
      readingEase: null,
      averageSentenceLength: sentences > 0 ? round1(words / sentences) : 0,
      language: 'other',
    },
  };
}

/**
 * Readability of a draft. English drafts get sentence length, passive voice, simpler words and Flesch
 * reading ease; drafts in other languages or scripts (or mixed) get word and sentence counts and the
 * sentence-length check only (not for Chinese or Japanese), so there are no false alarms.
 */
export function checkReadability(text: string): ReadabilityResult {
  const profile = scriptProfile(text);
  if (looksEnglish(text, profile)) return englishReadability(text);
  return otherReadability(text, profile.letters > 0 ? profile.cjk / profile.letters : 0);
}
