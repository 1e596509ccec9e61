/**
 * Self-incrimination: the ambassador says, in the first person, that they entered, stayed or worked without
 * permission ("I came here illegally", "I worked cash in hand while my claim was pending", "I overstayed my
 * visa"). That is not a wording problem but a safeguarding one: what someone says in public can be used in
 * their asylum or immigration case (UNHCR), so the check prompts them to ask their legal adviser first.
 *
 * Only the speaker's own acts count: "people who came here illegally" is a wording note (language guide), and
 * "I know people who came illegally" is about others. A denial ("I never worked illegally") still talks about
 * their case, so it gets a gentler prompt (warning, not strong), and the sheet gate does not stop on it.
 */
import { snapSpan } from './segment';
import {
  CLAUSE_SWITCH,
  HELPERS,
  isNegation,
  MANNERS,
  OVERSTAY,
  STATUS_VERBS,
  SUBJECTS,
  VERBS,
  VISA_RAN_OUT,
  type OwnAct,
} from './self-incrimination-words';
import type { Finding } from './types';

export const SELF_INCRIMINATION_ADVICE = 'Check with your legal adviser before saying this in public.';
export const SELF_INCRIMINATION_SOURCE = 'UNHCR: what you say to the media can affect an asylum claim';
const CASE_RISK = 'What you say can affect your asylum or immigration case.';

const WHAT_IT_SAYS: Readonly<Record<OwnAct | 'overstay', string>> = {
  entry: 'This says you entered the country without permission.',
  stay: 'This says you stayed without permission.',
  work: 'This says you worked without permission.',
  status: 'This says you had no legal right to be here.',
  overstay: 'This says you overstayed.',
};

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Words (apostrophes kept inside), and sentence or clause ends that context never crosses. */
const PIECE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|[.!?;…。！？؟\n]/gu;
const MAX_CHAIN = 6;
const MAX_REACH = 12;
const MAX_PREFIX = 6;

function sentences(text: string): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const m of text.matchAll(PIECE)) {
    const start = m.index;
    if (!/[\p{L}\p{N}]/u.test(m[0])) {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    current.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The first match of `pattern` in `words`, as [first token, last token] indexes into `words`. */
function matchIn(words: readonly Token[], pattern: RegExp): [number, number] | null {
  const starts: number[] = [];
  let joined = '';
  for (const t of words) {
    starts.push(joined.length);
    joined += `${t.word} `;
  }
  const m = pattern.exec(joined);
  if (!m) return null;
  const first = starts.findLastIndex((s) => s <= m.index);
  const last = starts.findLastIndex((s) => s < m.index + m[0].length);
  return [Math.max(0, first), Math.max(0, last)];
}

interface Hit {
  start: number;
  end: number;
  act: OwnAct | 'overstay';
  denied: boolean;
}

const ACT_ORDER: readonly OwnAct[] = ['work', 'stay', 'entry', 'status'];

/** The act a manner completes: the last main verb before it that it fits, else the chain's own verbs. */
function actFor(completes: ReadonlySet<OwnAct>, chain: readonly OwnAct[], lead: readonly Token[]): OwnAct | null {
  const leadActs = lead.map((t) => VERBS.get(t.word)).filter((a): a is OwnAct => a !== undefined);
  const fits = [...leadActs].reverse().find((a) => completes.has(a));
  return fits ?? ACT_ORDER.find((a) => chain.includes(a) && completes.has(a)) ?? null;
}

/** "I was fighting illegal evictions": with only be/have as the verb, a manner must not follow another verb. */
const VERB_LIKE = /(?:ing|ed)$/;

/** From the subject at `s`: the verb chain, then how the act was done (after it, or fronted before the subject). */
function readClause(tokens: readonly Token[], s: number, sentenceText: string): Hit | null {
  const subject = tokens[s] as Token;
  const chain: OwnAct[] = [];
  const own = SUBJECTS.get(subject.word);
  if (own) chain.push(own);
  let denied = false;
  let i = s + 1;
  for (; i < tokens.length && i <= s + MAX_CHAIN; i += 1) {
    const w = (tokens[i] as Token).word;
    if (OVERSTAY.has(w)) return { start: subject.start, end: (tokens[i] as Token).end, act: 'overstay', denied };
    const act = VERBS.get(w) ?? (STATUS_VERBS.has(w) ? 'status' : undefined);
    if (act) chain.push(act);
    else if (isNegation(w)) denied = true;
    else if (!HELPERS.has(w)) break;
  }
  if (chain.length === 0) return null;
  const verbEnd = (tokens[Math.max(s, i - 1)] as Token).end;

  let stop = i;
  while (stop < tokens.length && stop < i + MAX_REACH && !CLAUSE_SWITCH.has((tokens[stop] as Token).word)) stop += 1;
  const after = tokens.slice(i, stop);
  let from = s;
  while (from > 0 && from > s - MAX_PREFIX && !CLAUSE_SWITCH.has((tokens[from - 1] as Token).word)) from -= 1;
  const before = tokens.slice(from, s);
  // Only a fronted phrase ("Without papers, I worked"), never the end of someone else's clause.
  const fronted = !before.some((t) => VERBS.has(t.word) || STATUS_VERBS.has(t.word));

  for (const { acts: completes, pattern, anchored } of MANNERS) {
    const later = matchIn(after, pattern);
    if (later && (!anchored || later[0] === 0)) {
      const lead = after.slice(0, later[0]);
      const act = actFor(completes, chain, lead);
      const loose = act === 'status' && lead.some((t) => VERB_LIKE.test(t.word));
      if (act && !loose) {
        const leadDenied = lead.some((t) => isNegation(t.word));
        return { start: subject.start, end: (after[later[1]] as Token).end, act, denied: denied || leadDenied };
      }
    }
    const earlier = fronted && !anchored ? matchIn(before, pattern) : null;
    const act = earlier ? actFor(completes, chain, []) : null;
    if (earlier && act) return { start: (before[earlier[0]] as Token).start, end: verbEnd, act, denied };
  }
  if ((chain.includes('stay') || chain.includes('work')) && VISA_RAN_OUT.test(sentenceText)) {
    return { start: subject.start, end: verbEnd, act: 'overstay', denied };
  }
  return null;
}

function toFinding(text: string, hit: Hit): Finding | null {
  const span = snapSpan(text, hit.start, hit.end);
  if (!span) return null;
  if (hit.denied) {
    return {
      id: `safeguarding:self-incrimination-denied:${span.start}`,
      kind: 'safeguarding',
      severity: 'warning',
      ...span,
      message: `This talks about how you entered, stayed or worked. Even a denial can be compared with your case. ${CASE_RISK}`,
      suggestion: SELF_INCRIMINATION_ADVICE,
      source: SELF_INCRIMINATION_SOURCE,
    };
  }
  return {
    id: `safeguarding:self-incrimination:${span.start}`,
    kind: 'safeguarding',
    severity: 'strong',
    ...span,
    message: `${WHAT_IT_SAYS[hit.act]} ${CASE_RISK}`,
    suggestion: `${SELF_INCRIMINATION_ADVICE} Until then, leave it out.`,
    source: SELF_INCRIMINATION_SOURCE,
  };
}

/** First-person statements of entering, staying or working without permission, one finding per clause. */
export function checkSelfIncrimination(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const tokens of sentences(text)) {
    const sentenceText = tokens.map((t) => t.word).join(' ');
    let coveredTo = -1;
    tokens.forEach((t, s) => {
      if (t.start < coveredTo || !SUBJECTS.has(t.word)) return;
      const hit = readClause(tokens, s, sentenceText);
      const found = hit ? toFinding(text, hit) : null;
      if (!hit || !found) return;
      coveredTo = hit.end;
      findings.push(found);
    });
  }
  return findings;
}
