/**
 * Language-neutral word, sentence and character counting with offsets.
 *
 * Uses `Intl.Segmenter` when the runtime has it (Node 16+, Chromium, Electron, Firefox 125+, Safari 14.1+):
 * its word breaks use dictionaries for Chinese, Japanese and Thai, so 我们来自很多国家 is 4 words
 * (我们 / 来自 / 很多 / 国家), which makes speaking-time estimates about right. Without it, the fallback counts
 * each Han or kana character as one word (an over-count for Chinese, but never zero) and any other run of
 * letters, marks and digits as one word.
 */

export interface Span {
  start: number;
  end: number;
}

const CJK_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const WORD_CHAR = `(?:(?![${CJK_CHARS}])[\\p{L}\\p{M}\\p{N}])`;
const FALLBACK_WORD = new RegExp(`[${CJK_CHARS}]\\p{M}*|${WORD_CHAR}+(?:['’\\-]${WORD_CHAR}+)*`, 'gu');
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
/** Sentence ends: Latin, CJK full-width, Arabic question mark, Urdu full stop, Devanagari danda, ellipsis. */
const FALLBACK_SENTENCE_END = /[.!?…。！？؟۔।]+["'”’)\]]*(?:\s+|$)|[。！？]+|\n\s*/gu;
const COMBINING = /\p{M}|\u200d/u;

type Granularity = 'grapheme' | 'word' | 'sentence';
const segmenters = new Map<Granularity, Intl.Segmenter | null>();

function segmenter(granularity: Granularity): Intl.Segmenter | null {
  let s = segmenters.get(granularity);
  if (s === undefined) {
    s =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity })
        : null;
    segmenters.set(granularity, s);
  }
  return s;
}

/** For tests: pretend `Intl.Segmenter` is missing (true) or use it again when available (false). */
export function forceSegmenterFallback(force: boolean): void {
  segmenters.clear();
  if (force) {
    segmenters.set('grapheme', null);
    segmenters.set('word', null);
    segmenters.set('sentence', null);
  }
}

export function wordSpans(text: string, from = 0, to = text.length): Span[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const spans: Span[] = [];
  const seg = segmenter('word');
  if (seg) {
    for (const s of seg.segment(slice)) {
      if (s.isWordLike) spans.push({ start: from + s.index, end: from + s.index + s.segment.length });
    }
    return spans;
  }
  FALLBACK_WORD.lastIndex = 0;
  for (let m = FALLBACK_WORD.exec(slice); m !== null; m = FALLBACK_WORD.exec(slice)) {
    spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return spans;
}

export function countWords(text: string): number {
  return wordSpans(text).length;
}

/** Trim whitespace from both ends of a span, keeping it only when it holds a letter or digit. */
function trimmedSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  if (s >= e || !HAS_WORD_CHAR.test(text.slice(s, e))) return null;
  return { start: s, end: e };
}

/** Sentences (trimmed), ignoring pieces with no letters or digits (emoji lines, stray punctuation). */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const seg = segmenter('sentence');
  if (seg) {
    for (const s of seg.segment(text)) {
      const span = trimmedSpan(text, s.index, s.index + s.segment.length);
      if (span) spans.push(span);
    }
    return spans;
  }
  let start = 0;
  FALLBACK_SENTENCE_END.lastIndex = 0;
  for (let m = FALLBACK_SENTENCE_END.exec(text); m !== null; m = FALLBACK_SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    const span = trimmedSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
  }
  const last = trimmedSpan(text, start, text.length);
  if (last) spans.push(last);
  return spans;
}

/** User-perceived characters: an emoji (even a family or a flag) counts once. */
export function countGraphemes(text: string): number {
  const seg = segmenter('grapheme');
  if (seg) {
    let n = 0;
    for (const _ of seg.segment(text)) n += 1;
    return n;
  }
  let n = 0;
  let previousJoiner = false;
  for (const ch of text) {
    const joins = COMBINING.test(ch);
    if (!joins && !previousJoiner) n += 1;
    previousJoiner = ch === '\u200d';
  }
  return n;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Widen a span so it never cuts a user-perceived character (a surrogate pair, a letter and its accents,
 * an emoji sequence). Offsets are clamped into the text. Returns null for an empty or inverted span.
 */
export function snapSpan(text: string, start: number, end: number): Span | null {
  const length = text.length;
  let s = Math.max(0, Math.min(length, Math.floor(start)));
  let e = Math.max(0, Math.min(length, Math.floor(end)));
  if (e <= s) return null;
  const seg = segmenter('grapheme');
  if (seg) {
    const segments = seg.segment(text);
    const atStart = segments.containing(s);
    if (atStart && atStart.index < s) s = atStart.index;
    if (e < length) {
      const atEnd = segments.containing(e);
      if (atEnd && atEnd.index < e) e = atEnd.index + atEnd.segment.length;
    }
    return { start: s, end: e };
  }
  if (s > 0 && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s -= 1;
  while (s > 0 && COMBINING.test(String.fromCodePoint(text.codePointAt(s) ?? 0))) {
    s -= s > 1 && isLowSurrogate(text.charCodeAt(s - 1)) && isHighSurrogate(text.charCodeAt(s - 2)) ? 2 : 1;
  }
  if (e < length && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))) e += 1;
  while (e < length) {
    const cp = text.codePointAt(e) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (!COMBINING.test(ch)) break;
    e += ch.length;
  }
  return { start: s, end: e };
}
