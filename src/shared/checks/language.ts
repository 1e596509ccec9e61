import { phraseForms } from './inflect';
import type { LanguageRule, RuleContext } from './language-guide-schema';
import { builtInRules } from './language-guide';
import { snapSpan } from './segment';
import { SEVERITY_RANK, type Finding } from './types';

/**
 * The language guide check: finds terms from the guide (and a cohort's own rules) in a draft.
 *
 * - Case-insensitive, whole words only, with Unicode-aware edges: a term never matches inside a longer
 *   word in any script ("tide" is not found in "tidewater", nor "alien" in "alienated"), while regular
 *   inflections do match ("aliens"). A hyphen or apostrophe is a word edge, so "flood-hit" contains "flood".
 * - Spaces inside a term match any run of spaces, line breaks or hyphens ("illegal-immigrants").
 * - Rules with a context block fire only when a requireAny word is near and no unlessAny word is
 *   (see resources/language-guide.json notes). That keeps "she waved goodbye" quiet.
 * - When matches overlap ("illegal alien" and "alien"), the longer one wins, then the more severe, then the
 *   later rule (a cohort's own rule over the built-in one).
 */

interface ContextMatcher {
  exact: Set<string>;
  prefixes: string[];
}

interface CompiledRule {
  rule: LanguageRule;
  pattern: RegExp;
  window: number;
  side: 'before' | 'after' | 'both';
  require: ContextMatcher | null;
  unless: ContextMatcher | null;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{M}\\p{N}_])';
const GAP = '[\\s\\u00a0\\u2010\\u2011\\-]+';
const CONTEXT_TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
/** Characters of text looked at per context word (generous: long words plus punctuation). */
const CHARS_PER_CONTEXT_WORD = 30;

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}

function compilePattern(rule: LanguageRule): RegExp {
  const alternatives = new Set<string>();
  for (const term of rule.terms) {
    for (const words of phraseForms(term, rule.inflect)) alternatives.add(words.map(escapeWord).join(GAP));
  }
  const sorted = [...alternatives].sort((a, b) => b.length - a.length);
  return new RegExp(`${EDGE_BEFORE}(?:${sorted.join('|')})${EDGE_AFTER}`, 'giu');
}

function contextMatcher(words: readonly string[] | undefined): ContextMatcher | null {
  if (!words || words.length === 0) return null;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase().replace(/’/g, "'");
    if (lower.endsWith('*')) prefixes.push(lower.slice(0, -1));
    else exact.add(lower);
  }
  return { exact, prefixes };
}

function compile(rule: LanguageRule): CompiledRule {
  const context: RuleContext | undefined = rule.context;
  return {
    rule,
    pattern: compilePattern(rule),
    window: context?.window ?? 0,
    side: context?.side ?? 'both',
    require: contextMatcher(context?.requireAny),
    unless: contextMatcher(context?.unlessAny),
  };
}

const compiledCache = new WeakMap<readonly LanguageRule[], CompiledRule[]>();

function compiledRules(rules: readonly LanguageRule[]): CompiledRule[] {
  let compiled = compiledCache.get(rules);
  if (!compiled) {
    compiled = rules.map(compile);
    compiledCache.set(rules, compiled);
  }
  return compiled;
}

function tokens(text: string): string[] {
  return Array.from(text.matchAll(CONTEXT_TOKEN), (m) => m[0].toLowerCase().replace(/’/g, "'"));
}

function tokenMatches(token: string, matcher: ContextMatcher): boolean {
  const parts = token.includes('-') ? [token, ...token.split('-')] : [token];
  return parts.some((p) => matcher.exact.has(p) || matcher.prefixes.some((prefix) => p.startsWith(prefix)));
}

/** Context never reaches into the sentence before or after: "Floods in Pakistan. A wave of refugees...". */
const SENTENCE_END = /[.!?…。！？؟\n]/gu;
const FIRST_SENTENCE_END = /[.!?…。！？؟\n]/u;

function nearbyWords(text: string, start: number, end: number, c: CompiledRule): string[] {
  const reach = c.window * CHARS_PER_CONTEXT_WORD;
  const near: string[] = [];
  if (c.side !== 'after') {
    let before = text.slice(Math.max(0, start - reach), start);
    const cuts = [...before.matchAll(SENTENCE_END)];
    const lastCut = cuts[cuts.length - 1];
    if (lastCut) before = before.slice(lastCut.index + lastCut[0].length);
    near.push(...tokens(before).slice(-c.window));
  }
  if (c.side !== 'before') {
    let after = text.slice(end, end + reach);
    const cut = after.search(FIRST_SENTENCE_END);
    if (cut >= 0) after = after.slice(0, cut);
    near.push(...tokens(after).slice(0, c.window));
  }
  return near;
}

function contextAllows(text: string, start: number, end: number, c: CompiledRule): boolean {
  if (!c.require && !c.unless) return true;
  const near = nearbyWords(text, start, end, c);
  if (c.require && !near.some((t) => tokenMatches(t, c.require as ContextMatcher))) return false;
  if (c.unless && near.some((t) => tokenMatches(t, c.unless as ContextMatcher))) return false;
  return true;
}

function quoted(list: readonly string[]): string {
  const q = list.map((s) => `“${s}”`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

export function ruleSuggestion(rule: LanguageRule): string {
  const alternatives = rule.alternatives;
  if (rule.advice && alternatives.length > 0) return `${rule.advice} For example: ${quoted(alternatives)}.`;
  if (rule.advice) return rule.advice;
  if (alternatives.length > 0) return `Try ${quoted(alternatives)} instead.`;
  return 'Describe people and numbers plainly.';
}

interface Candidate {
  start: number;
  end: number;
  rule: LanguageRule;
  /** Position in the rule list: cohort rules come after the built-in ones. */
  order: number;
}

export function checkLanguage(text: string, rules: readonly LanguageRule[] = builtInRules()): Finding[] {
  if (text.length === 0) return [];
  const candidates: Candidate[] = [];
  compiledRules(rules).forEach((c, order) => {
    for (const m of text.matchAll(c.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > start && contextAllows(text, start, end, c)) candidates.push({ start, end, rule: c.rule, order });
    }
  });
  // A gentler note never hides a stronger one on overlapping words ("not a swarm" is first of all "swarm").
  const strongest = candidates.filter(
    (c) =>
      !candidates.some(
        (o) => o.start < c.end && c.start < o.end && SEVERITY_RANK[o.rule.severity] > SEVERITY_RANK[c.rule.severity],
      ),
  );
  // On the same words at the same severity, a cohort's own rule wins: the trainer wrote it for this group.
  strongest.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      SEVERITY_RANK[b.rule.severity] - SEVERITY_RANK[a.rule.severity] ||
      b.order - a.order,
  );
  const findings: Finding[] = [];
  let keptEnd = -1;
  for (const { start, end, rule } of strongest) {
    if (start < keptEnd) continue;
    const span = snapSpan(text, start, end);
    if (!span) continue;
    keptEnd = end;
    findings.push({
      id: `language:${rule.id}:${span.start}`,
      kind: 'language',
      severity: rule.severity,
      ...span,
      message: `“${text.slice(start, end).replace(/\s+/gu, ' ')}”: ${rule.why}`,
      suggestion: ruleSuggestion(rule),
      source: rule.source,
    });
  }
  return findings;
}
