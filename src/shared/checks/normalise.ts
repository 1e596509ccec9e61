/**
 * The one normalisation behind every private-detail match, in drafting checks and at export: a text becomes
 * its letters and digits only (`key`, folded as in fold.ts), with the strength of the break between each two
 * of them kept apart (`gaps`). Matching compares keys, so "Elm-Street", "Elm  Street", "ElmStreet",
 * "O’Brien"/"OBrien" and "Koval-⏎enko" can all be read as what they are, while the gaps still say where a word,
 * a clause or a sentence ends, so "had dad" is never "Haddad" and a list item never runs into the next.
 *
 * Every key unit remembers the original UTF-16 offsets it came from, so a match maps back to the exact text
 * to highlight.
 */
import { unmixScripts } from './confusable';
import { foldCodePoint, isInvisible } from './fold';

/** Inside one word. */
export const GAP_NONE = 0;
/** An apostrophe, a lower-to-upper case change ("OlenaKovalenko") or a letter-digit change: still one token. */
export const GAP_SOFT = 1;
/** A space, hyphen, slash, underscore, or a dot inside a token ("example.org"). */
export const GAP_WORD = 2;
/** A comma, colon, bracket, quote mark, dash, or one line break. */
export const GAP_PHRASE = 3;
/** The end of a sentence, a blank line, or the edge of the text. */
export const GAP_SENTENCE = 4;

export interface MatchText {
  /** Folded letters and digits, separators left out. */
  key: string;
  /** For each UTF-16 unit of `key`: the original offset it starts at, and the offset just after it. */
  starts: number[];
  ends: number[];
  /** `gaps[i]`: how strong the break before `key[i]` is; `gaps[key.length]` is the end of the text. */
  gaps: Uint8Array;
  /** 1 where the original letter was a capital. */
  upper: Uint8Array;
  /** For each key unit: the handle (email, @name, #tag, web address) it belongs to, or -1. */
  handles: Int32Array;
  /** Each handle's range in `key`. */
  handleSpans: Array<{ start: number; end: number }>;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
const LINE_BREAK = /[\n\u2028\u0085\v\f]/u;
const APOSTROPHE = /['’‘ʼ`´ʹ′＇]/u;
const HYPHEN = /[-\u2010\u2011\uFE63\uFF0D]/u;
const DOT = /[.．]/u;
const SENTENCE_END = /[!?…。！？؟۔।‼⁇⁈⁉｡]/u;
const PHRASE_MARK = /[,;:()[\]{}"“”„‟«»‹›、，；：（）「」『』【】،؛\u2012-\u2015\u2212]/u;
/** A dot after a short capitalised word ("St.", "Dr.", "Ltd.") is an abbreviation, not a sentence end. */
const ABBREVIATION_LETTERS = 3;

const TOKEN = /\S+/gu;
const HANDLE = /@|^[#＃]|:\/\/|^www\.|[\p{L}\p{N}-]\.[a-z]{2,}(?:[/?#:]|[.,;:!?)"'’”»]*$)/iu;

/** Emails, @names, #tags and web addresses: where names are run together and written in lower case. */
function findHandles(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!/[@#＃.]/u.test(text)) return found;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (HANDLE.test(m[0])) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

interface State {
  /** The strongest break seen since the last key unit. */
  pending: number;
  /** A hyphen straight after a letter ('seen'), then a line break ('broken'): hyphenation to undo. */
  hyphen: 'none' | 'seen' | 'broken';
  /** A dot since the last key unit that has not yet met a space. */
  dot: boolean;
  newlines: number;
  wordLetters: number;
  wordCapital: boolean;
  prevLower: boolean;
  prevDigit: boolean;
}

function dotBreak(s: State): number {
  return s.wordCapital && s.wordLetters <= ABBREVIATION_LETTERS ? GAP_PHRASE : GAP_SENTENCE;
}

/** Folds a text for matching. `handles: false` for a value to look for (it is never a run-together handle). */
export function normaliseForMatch(text: string, options: { handles?: boolean } = {}): MatchText {
  const handleRanges = options.handles === false ? [] : findHandles(text);
  let key = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const gaps: number[] = [];
  const upper: number[] = [];
  const handles: number[] = [];
  const s: State = {
    pending: GAP_SENTENCE,
    hyphen: 'none',
    dot: false,
    newlines: 0,
    wordLetters: 0,
    wordCapital: false,
    prevLower: false,
    prevDigit: false,
  };
  let h = 0;
  let offset = 0;
  for (const ch of text) {
    const next = offset + ch.length;
    while (h < handleRanges.length && (handleRanges[h]?.end ?? 0) <= offset) h += 1;
    const handle = h < handleRanges.length && (handleRanges[h]?.start ?? Infinity) <= offset ? h : -1;

    if (isInvisible(ch)) {
      if (ends.length > 0) ends[ends.length - 1] = next;
    } else if (LETTER_OR_DIGIT.test(ch) && !APOSTROPHE.test(ch) && !(handle >= 0 && DIGIT.test(ch))) {
      // (ʼ and ʹ are modifier letters to Unicode, apostrophes to a reader.)
      const isDigit = DIGIT.test(ch);
      const isUpper = UPPER.test(ch);
      let gap = s.pending;
      if (s.dot) gap = Math.max(gap, GAP_WORD);
      if (s.hyphen === 'broken' && !isDigit && !s.prevDigit) gap = GAP_NONE;
      if (gap === GAP_NONE && key.length > 0 && ((isUpper && s.prevLower) || isDigit !== s.prevDigit)) gap = GAP_SOFT;
      let first = true;
      for (const cp of foldCodePoint(ch)) {
        if (!LETTER_OR_DIGIT.test(cp)) continue;
        for (let u = 0; u < cp.length; u += 1) {
          key += cp[u];
          starts.push(offset);
          ends.push(next);
          gaps.push(first ? gap : GAP_NONE);
          upper.push(isUpper ? 1 : 0);
          handles.push(handle);
          first = false;
        }
      }
      if (first) {
        // Folded to nothing a reader would call a letter: part of the character before it.
        if (ends.length > 0) ends[ends.length - 1] = next;
      } else {
        if (gap >= GAP_WORD) {
          s.wordLetters = 0;
          s.wordCapital = isUpper;
        }
        s.wordLetters += 1;
        s.pending = GAP_NONE;
        s.prevLower = LOWER.test(ch);
        s.prevDigit = isDigit;
        s.dot = false;
        s.hyphen = 'none';
        s.newlines = 0;
      }
    } else {
      separator(ch, text, offset, handle, s);
    }
    offset = next;
  }
  gaps.push(GAP_SENTENCE);
  const gapArray = Uint8Array.from(gaps);
  const upperArray = Uint8Array.from(upper);
  return {
    key: unmixScripts(key, gapArray, upperArray),
    starts,
    ends,
    gaps: gapArray,
    upper: upperArray,
    handles: Int32Array.from(handles),
    handleSpans: handleSpans(handles, handleRanges.length),
  };
}

function separator(ch: string, text: string, offset: number, handle: number, s: State): void {
  if (SPACE.test(ch)) {
    if (ch === '\u2029') s.newlines += 2;
    else if (LINE_BREAK.test(ch) || (ch === '\r' && text[offset + 1] !== '\n')) s.newlines += 1;
    const strength = s.newlines >= 2 ? GAP_SENTENCE : s.newlines === 1 ? GAP_PHRASE : GAP_WORD;
    s.pending = Math.max(s.pending, strength, s.dot ? dotBreak(s) : GAP_NONE);
    s.dot = false;
    if (s.hyphen !== 'none' && s.newlines > 0) s.hyphen = 'broken';
    return;
  }
  s.newlines = 0;
  if (APOSTROPHE.test(ch)) {
    s.pending = Math.max(s.pending, GAP_SOFT);
    s.hyphen = 'none';
    return;
  }
  const directlyAfterLetter = s.pending === GAP_NONE;
  s.hyphen = HYPHEN.test(ch) && directlyAfterLetter ? 'seen' : 'none';
  if (DOT.test(ch)) {
    s.dot = true;
    s.pending = Math.max(s.pending, GAP_WORD);
  } else if (SENTENCE_END.test(ch)) {
    s.pending = GAP_SENTENCE;
  } else if (PHRASE_MARK.test(ch) && handle < 0) {
    s.pending = Math.max(s.pending, GAP_PHRASE);
  } else {
    s.pending = Math.max(s.pending, GAP_WORD);
  }
}

function handleSpans(handles: readonly number[], count: number): Array<{ start: number; end: number }> {
  const spans = Array.from({ length: count }, () => ({ start: -1, end: -1 }));
  handles.forEach((id, i) => {
    const span = spans[id];
    if (!span) return;
    if (span.start < 0) span.start = i;
    span.end = i + 1;
  });
  return spans;
}
