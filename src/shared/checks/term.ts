/**
 * Looking for one private detail or name in a normalised text, the way a person reads: on word edges (except
 * in scripts written without spaces, and at the start of Arabic and Hebrew words, which take prefixes), in its
 * inflected forms (forms.ts), across a dropped or changed separator where the value itself has one ("Elm
 * Street" in "Elm-Street" or "ElmStreet"), never across a sentence end, and letters-only inside emails,
 * @names, #tags and web addresses ("#OlenaKovalenko", "amira.haddad99@…").
 *
 * Two-letter family names (Li, Wu, Ng, He) are looked for too, as whole words written with a capital; those
 * that are also everyday words ("He", "An", "Do") only where a name can stand: not at the start of a sentence
 * or line and not in capitals, unless the first name is next to them.
 */
import { termForms, type TermForm } from './forms';
import { GAP_PHRASE, GAP_SENTENCE, GAP_SOFT, GAP_WORD, normaliseForMatch, type MatchText } from './normalise';
import { NO_SPACE_SCRIPT } from './script';
import type { Span } from './segment';

export interface Term {
  key: string;
  /** The value's own breaks, as in MatchText. */
  gaps: Uint8Array;
  forms: TermForm[];
  letters: number;
  checkStart: boolean;
  checkEnd: boolean;
  /** A two-letter name: whole words with a capital only. */
  short: boolean;
  /** A short name that is also an everyday word. */
  common: boolean;
  /** A number (a phone number): any separators inside may differ. */
  numeric: boolean;
  /** The folded first name, which may stand next to a short family name. */
  companion: string | null;
}

export interface TermOptions {
  /** A name: two letters are enough in a script with capitals. */
  name?: boolean;
  /** For a short family name: the first name. */
  companion?: string;
}

/** Under 3 letters (2 in scripts without spaces) a value matches too much, except a name (see above). */
export const MIN_VALUE_LENGTH = 3;
export const MIN_VALUE_LENGTH_NO_SPACE_SCRIPT = 2;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const PREFIXED_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const CASED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+$/u;
const DIGITS = /^\p{N}+$/u;
/** Two-letter words of English and the other languages ambassadors write in that are also family names. */
const EVERYDAY_SHORT = new Set(
  'he an do no go oh so ma me my us we in on at to of or is it as be by if up am hi ok ye yo ah eh ha ho lo pa re un la le de da di du el al en et es il na ni si ya wa'.split(
    ' ',
  ),
);

function needsEdge(ch: string): boolean {
  return WORD_CHAR.test(ch) && !NO_SPACE_SCRIPT.test(ch);
}

/** A value prepared for matching, or null when it is too short to look for. */
export function prepareTerm(value: string, options: TermOptions = {}): Term | null {
  const m = normaliseForMatch(value, { handles: false });
  const chars = [...m.key];
  const first = chars[0];
  const last = chars[chars.length - 1];
  if (first === undefined || last === undefined) return null;
  const numeric = DIGITS.test(m.key);
  const min = NO_SPACE_SCRIPT.test(first) ? MIN_VALUE_LENGTH_NO_SPACE_SCRIPT : MIN_VALUE_LENGTH;
  const short = chars.length < min && chars.length === 2 && options.name === true && CASED.test(m.key);
  if (chars.length < min && !short) return null;
  let wordStart = 0;
  for (let i = 1; i < m.key.length; i += 1) if ((m.gaps[i] ?? 0) >= GAP_SOFT) wordStart = i;
  const companion = options.companion ? normaliseForMatch(options.companion, { handles: false }).key : '';
  return {
    key: m.key,
    gaps: m.gaps,
    forms: short || numeric ? [{ stem: m.key, endings: [''] }] : termForms(m.key, wordStart),
    letters: chars.length,
    checkStart: needsEdge(first) && !PREFIXED_SCRIPT.test(first),
    checkEnd: needsEdge(last),
    short,
    common: short && EVERYDAY_SHORT.has(m.key),
    numeric,
    companion: companion || null,
  };
}

/** Whether the text's break at `p` may stand where the value has `own` (0: none). */
function crossable(hay: number, own: number, numeric: boolean): boolean {
  if (hay <= GAP_SOFT) return true;
  if (numeric) return hay <= GAP_PHRASE;
  if (hay <= GAP_PHRASE) return own > 0;
  return own >= GAP_PHRASE;
}

function handleOf(hay: MatchText, from: number, to: number): number {
  const id = hay.handles[from] ?? -1;
  return id >= 0 && hay.handles[to - 1] === id ? id : -1;
}

/** Where the ending after the stem at `k` leaves the match, or -1. */
function endAfter(hay: MatchText, term: Term, form: TermForm, k: number, inHandle: boolean): number {
  const stemEnd = k + form.stem.length;
  for (const ending of form.endings) {
    if (ending !== '' && !hay.key.startsWith(ending, stemEnd)) continue;
    const end = stemEnd + ending.length;
    let attached = true;
    for (let q = stemEnd; q < end && attached; q += 1) attached = hay.gaps[q] === 0;
    if (!attached) continue;
    if (inHandle || !term.checkEnd || (hay.gaps[end] ?? GAP_SENTENCE) >= GAP_SOFT) return end;
  }
  return -1;
}

function hasCompanionNear(hay: MatchText, companion: string, start: number, end: number): boolean {
  const before = start - companion.length;
  const beforeGap = hay.gaps[start] ?? 0;
  if (before >= 0 && hay.key.startsWith(companion, before) && beforeGap >= GAP_SOFT && beforeGap <= GAP_WORD) {
    if ((hay.gaps[before] ?? GAP_SENTENCE) >= GAP_SOFT) return true;
  }
  const afterGap = hay.gaps[end] ?? 0;
  return (
    hay.key.startsWith(companion, end) &&
    afterGap >= GAP_SOFT &&
    afterGap <= GAP_WORD &&
    (hay.gaps[end + companion.length] ?? GAP_SENTENCE) >= GAP_SOFT
  );
}

/** The letters around a match up to the nearest word break ("weili" in "weili@example.org"). */
function runAround(hay: MatchText, start: number, end: number): string {
  let from = start;
  while (from > 0 && (hay.gaps[from] ?? GAP_SENTENCE) < GAP_WORD) from -= 1;
  let to = end;
  while (to < hay.key.length && (hay.gaps[to] ?? GAP_SENTENCE) < GAP_WORD) to += 1;
  return hay.key.slice(from, to);
}

function handleAllows(hay: MatchText, term: Term, id: number, start: number, end: number): boolean {
  if (term.letters >= 5) return true;
  const startAligned = (hay.gaps[start] ?? 0) >= GAP_SOFT;
  const endAligned = (hay.gaps[end] ?? 0) >= GAP_SOFT;
  if (!term.short) return startAligned || endAligned;
  const span = hay.handleSpans[id];
  const token = span ? hay.key.slice(span.start, span.end) : '';
  const companion = term.companion;
  const run = runAround(hay, start, end);
  if (companion && (run === companion + term.key || run === term.key + companion)) return true;
  return startAligned && endAligned && (!term.common || (companion !== null && token.includes(companion)));
}

function proseAllows(hay: MatchText, term: Term, start: number, end: number): boolean {
  if (term.checkStart && (hay.gaps[start] ?? 0) < GAP_SOFT) return false;
  if (!term.short) return true;
  if (hay.upper[start] !== 1) return false;
  if (!term.common) return true;
  if (term.companion && hasCompanionNear(hay, term.companion, start, end)) return true;
  const shouting = end - start > 1 && hay.upper[start + 1] === 1;
  return (hay.gaps[start] ?? 0) < GAP_PHRASE && !shouting;
}

function matchAt(hay: MatchText, term: Term, form: TermForm, k: number): Span | null {
  const stemEnd = k + form.stem.length;
  const inStem = handleOf(hay, k, stemEnd);
  for (let p = k + 1; p < stemEnd; p += 1) {
    const gap = hay.gaps[p] ?? 0;
    if (inStem >= 0 ? gap > GAP_PHRASE : !crossable(gap, term.gaps[p - k] ?? 0, term.numeric)) return null;
  }
  const end = endAfter(hay, term, form, k, inStem >= 0);
  if (end < 0) return null;
  const id = handleOf(hay, k, end);
  const allowed = id >= 0 ? handleAllows(hay, term, id, k, end) : proseAllows(hay, term, k, end);
  if (!allowed) return null;
  const start = hay.starts[k];
  const stop = hay.ends[end - 1];
  return start !== undefined && stop !== undefined && stop > start ? { start, end: stop } : null;
}

/** Every place the term is found, as original offsets, in text order, longest match per start. */
export function findTerm(hay: MatchText, term: Term): Span[] {
  const found = new Map<number, number>();
  for (const form of term.forms) {
    if (form.stem === '') continue;
    for (let k = hay.key.indexOf(form.stem); k >= 0; k = hay.key.indexOf(form.stem, k + 1)) {
      const span = matchAt(hay, term, form, k);
      if (span && (found.get(span.start) ?? -1) < span.end) found.set(span.start, span.end);
    }
  }
  return [...found].sort((a, b) => a[0] - b[0]).map(([start, end]) => ({ start, end }));
}

/** Whether a value appears in a text (both as written). */
export function textContains(text: string, value: string, options: TermOptions = {}): boolean {
  const term = prepareTerm(value, options);
  return term !== null && findTerm(normaliseForMatch(text), term).length > 0;
}
