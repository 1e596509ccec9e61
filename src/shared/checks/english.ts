import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import { syllable } from 'syllable';

/**
 * One pass of the retext analysers over an English draft: the English parser (retext-english) gives
 * sentences and words with offsets, retext-passive and retext-simplify add their notes, and `syllable`
 * counts syllables for the reading-ease score. The last result is remembered, so the readability and
 * length checks share one parse when they run on the same text.
 */

/** Words that retext-passive lists but that, after "was/is", usually describe a state, not an action. */
const PASSIVE_IGNORE = ['born', 'upset', 'hurt', 'lost', 'gone', 'left', 'set', 'become'];

/**
 * retext-simplify phrases left out: everyday words at reading age 12, or words with a specific meaning
 * in migration ("leave to remain", "residence permit", "benefits", "asylum request"), or where the
 * suggested swap would be unkind ("pass away" -> "die").
 */
const SIMPLIFY_IGNORE = [
  'it is',
  'there are',
  'there is',
  'very',
  'however',
  'remain',
  'residence',
  'benefit',
  'benefit from',
  'request',
  'type',
  'function',
  'forward',
  'vice',
  'effect',
  'pass away',
  'option',
  'overall',
  'multiple',
  'previous',
  'previously',
  'currently',
];

export interface EnglishSentence {
  start: number;
  end: number;
  words: number;
}

export interface AnalyserNote {
  source: 'retext-passive' | 'retext-simplify';
  start: number;
  end: number;
  /** The phrase found in the text. */
  actual: string;
  /** Suggested replacements (retext-simplify), empty for passive voice. */
  expected: string[];
}

export interface EnglishAnalysis {
  words: number;
  syllables: number;
  sentences: EnglishSentence[];
  notes: AnalyserNote[];
}

interface NlcstPoint {
  offset?: number | undefined;
}

interface NlcstNode {
  type: string;
  position?: { start: NlcstPoint; end: NlcstPoint } | undefined;
  children?: NlcstNode[];
}

let capturedTree: NlcstNode | null = null;

/** A tiny transformer that hands the parsed tree back, so the text is parsed once. */
function captureTree() {
  return (tree: NlcstNode): undefined => {
    capturedTree = tree;
    return undefined;
  };
}

const processor = retext()
  .use(retextEnglish)
  .use(retextPassive, { ignore: PASSIVE_IGNORE })
  .use(retextSimplify, { ignore: SIMPLIFY_IGNORE })
  .use(captureTree)
  .freeze();

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const AUXILIARY_BEFORE = /(?<![\p{L}\p{N}])(?:am|are|is|was|were|be|been|being)\s+$/iu;

function offsets(node: NlcstNode): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return typeof start === 'number' && typeof end === 'number' && end > start ? { start, end } : null;
}

function collect(text: string, tree: NlcstNode): Pick<EnglishAnalysis, 'words' | 'syllables' | 'sentences'> {
  const sentences: EnglishSentence[] = [];
  let words = 0;
  let syllables = 0;
  const visit = (node: NlcstNode, sentence: EnglishSentence | null): void => {
    if (node.type === 'SentenceNode') {
      const at = offsets(node);
      const here: EnglishSentence = { start: at?.start ?? 0, end: at?.end ?? 0, words: 0 };
      for (const child of node.children ?? []) visit(child, here);
      if (here.words > 0 && at) sentences.push(here);
      return;
    }
    if (node.type === 'WordNode') {
      const at = offsets(node);
      const value = at ? text.slice(at.start, at.end) : '';
      if (!HAS_WORD_CHAR.test(value)) return;
      words += 1;
      syllables += Math.max(1, syllable(value));
      if (sentence) sentence.words += 1;
      return;
    }
    for (const child of node.children ?? []) visit(child, sentence);
  };
  visit(tree, null);
  return { words, sentences, syllables };
}

interface MessageLike {
  source?: string | null | undefined;
  place?: unknown;
  actual?: string | null | undefined;
  expected?: string[] | null | undefined;
}

function placeOffsets(place: unknown): { start: number; end: number } | null {
  if (typeof place !== 'object' || place === null || !('start' in place) || !('end' in place)) return null;
  const { start, end } = place as { start: NlcstPoint; end: NlcstPoint };
  return typeof start.offset === 'number' && typeof end.offset === 'number' && end.offset > start.offset
    ? { start: start.offset, end: end.offset }
    : null;
}

function toNote(text: string, message: MessageLike): AnalyserNote | null {
  if (message.source !== 'retext-passive' && message.source !== 'retext-simplify') return null;
  const at = placeOffsets(message.place);
  if (!at) return null;
  let { start } = at;
  if (message.source === 'retext-passive') {
    // Highlight "was paid", not only "paid": the auxiliary verb is part of the passive.
    const before = text.slice(Math.max(0, start - 12), start);
    const aux = AUXILIARY_BEFORE.exec(before);
    if (aux) start -= aux[0].length;
  }
  return {
    source: message.source,
    start,
    end: at.end,
    actual: text.slice(start, at.end),
    expected: message.source === 'retext-simplify' ? [...(message.expected ?? [])] : [],
  };
}

let last: { text: string; analysis: EnglishAnalysis } | null = null;

export function analyseEnglish(text: string): EnglishAnalysis {
  if (last && last.text === text) return last.analysis;
  capturedTree = null;
  const file = processor.processSync(text);
  const tree = capturedTree as NlcstNode | null;
  const counts = tree ? collect(text, tree) : { words: 0, syllables: 0, sentences: [] };
  const notes = file.messages.map((m) => toNote(text, m)).filter((n): n is AnalyserNote => n !== null);
  const analysis: EnglishAnalysis = { ...counts, notes };
  last = { text, analysis };
  return analysis;
}
