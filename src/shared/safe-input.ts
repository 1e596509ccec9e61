/**
 * The first look at every input, before its schema parses it, for both transports (HTTP bodies and Electron
 * IPC can each carry shared references: devalue and the structured clone keep them).
 *
 * - Keys that start prototype pollution are refused, so even a permissive schema cannot let them through.
 * - Size is counted the way the schema parser will walk the input: a value reached by two paths counts twice.
 *   A few hundred bytes where each level refers to the one below twice describe 2^N paths; counting them is
 *   what stops the parser afterwards from walking them all. Each distinct object is still looked into only
 *   once (its counts are remembered), so refusing such an input takes microseconds.
 * - Nesting deeper than any channel needs, and values that contain themselves, are refused.
 * - Only plain data passes (see plain-data.ts): a Map, Set, Date, class instance or typed array other than
 *   Uint8Array is refused, and so is text (values and keys) holding a lone surrogate, which no file or screen
 *   can show and UTF-8 cannot carry.
 */
import { fail, type Result } from './result';
import { hasLoneSurrogate, isBytes, isPlainObject, kindOf, withArticle } from './plain-data';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_INPUT_DEPTH = 32;
/**
 * The most values one input may hold, counted per path. The largest real inputs (a press pack's confirmations,
 * a cohort's 100 language rules, a 200-question set) stay in the low thousands; a recording or photo is one.
 */
export const MAX_INPUT_NODES = 100_000;

export type InputProblem =
  | { kind: 'forbidden-key'; path: string }
  | { kind: 'too-deep'; path: string }
  | { kind: 'cycle'; path: string }
  | { kind: 'not-plain'; path: string; type: string }
  | { kind: 'lone-surrogate'; path: string }
  | { kind: 'too-large' };

interface Summary {
  /** Values in this subtree, counted per path (itself included). */
  nodes: number;
  /** Levels below and including this value. */
  height: number;
}

class Refusal {
  constructor(readonly problem: InputProblem) {}
}

interface Walk {
  done: Map<object, Summary>;
  open: Set<object>;
}

function summarise(value: unknown, path: string, depth: number, walk: Walk): Summary {
  if (depth > MAX_INPUT_DEPTH) throw new Refusal({ kind: 'too-deep', path: path || '(root)' });
  if (typeof value === 'string' && hasLoneSurrogate(value)) {
    throw new Refusal({ kind: 'lone-surrogate', path: path || '(root)' });
  }
  if (value === null || typeof value !== 'object' || isBytes(value)) return { nodes: 1, height: 1 };
  if (!Array.isArray(value) && !isPlainObject(value)) {
    throw new Refusal({ kind: 'not-plain', path: path || '(root)', type: kindOf(value) });
  }
  const known = walk.done.get(value);
  if (known) {
    if (depth + known.height - 1 > MAX_INPUT_DEPTH) throw new Refusal({ kind: 'too-deep', path: path || '(root)' });
    return known;
  }
  if (walk.open.has(value)) throw new Refusal({ kind: 'cycle', path: path || '(root)' });
  walk.open.add(value);
  let nodes = 1;
  let height = 1;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') throw new Refusal({ kind: 'forbidden-key', path: `${path}[symbol]` });
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) throw new Refusal({ kind: 'forbidden-key', path: here });
    // The path goes back in the answer, so the broken character is shown as U+FFFD rather than echoed.
    if (hasLoneSurrogate(key)) {
      throw new Refusal({ kind: 'lone-surrogate', path: here.replace(/\p{Cs}/gu, '\uFFFD') });
    }
    const child = summarise((value as Record<string, unknown>)[key], here, depth + 1, walk);
    nodes += child.nodes;
    height = Math.max(height, child.height + 1);
    if (nodes > MAX_INPUT_NODES) throw new Refusal({ kind: 'too-large' });
  }
  walk.open.delete(value);
  const summary = { nodes, height };
  walk.done.set(value, summary);
  return summary;
}

/** The first reason an input may not reach a schema, or null when it may. */
export function inspectInput(value: unknown): InputProblem | null {
  try {
    summarise(value, '', 0, { done: new Map(), open: new Set() });
    return null;
  } catch (error) {
    if (error instanceof Refusal) return error.problem;
    throw error;
  }
}

/** A sentence for the person or program that sent the input. */
export function inputProblemMessage(problem: InputProblem): string {
  switch (problem.kind) {
    case 'forbidden-key':
      return `The request contains a key that is not allowed: ${problem.path}`;
    case 'too-deep':
      return `The request is nested too deeply (more than ${MAX_INPUT_DEPTH} levels) at ${problem.path}.`;
    case 'cycle':
      return `The request contains itself (at ${problem.path}), so it cannot be read.`;
    case 'not-plain':
      return `The request holds ${withArticle(problem.type)} at ${problem.path}, which is not plain data, so it was refused.`;
    case 'lone-surrogate':
      return `The request holds text with a broken character (a lone surrogate) at ${problem.path}, so it was refused.`;
    case 'too-large':
      return `The request holds too many values (more than ${MAX_INPUT_NODES.toLocaleString('en')}, counting repeated ones each time), so it was refused.`;
  }
}

/**
 * The failed Result for an input that may not reach a schema, shaped as dispatch answers it, so a client that
 * checks before sending (the renderer's transports) refuses in exactly the words the backend would use.
 */
export function refuseInput(value: unknown): Result<never> | null {
  const problem = inspectInput(value);
  if (!problem) return null;
  const path = problem.kind === 'too-large' ? '(input)' : problem.path;
  const issue = problem.kind === 'forbidden-key' ? 'Key not allowed' : inputProblemMessage(problem);
  return fail('VALIDATION', inputProblemMessage(problem), [{ path, message: issue }]);
}
