import type { NameMode, PrivateDetail } from '../features/ambassadors/schemas';
import { fold, foldWithMap, type FoldedText } from './fold';
import { NO_SPACE_SCRIPT } from './script';
import { snapSpan, type Span } from './segment';
import { SEVERITY_RANK, type Finding, type Severity } from './types';

/**
 * Safeguarding: warn when a draft contains something the ambassador asked to keep private, a topic they
 * declined, a name they do not use in public, or several details that together could identify them
 * ("jigsaw identification"). Messages name the kind of detail, never the detail itself.
 */

export type PrivateDetailKind = PrivateDetail['kind'];

export interface SafeguardingContext {
  privateDetails: readonly { kind: PrivateDetailKind; value: string }[];
  topicsDeclined: readonly string[];
  fullName: string;
  firstName: string;
  pseudonym: string;
  nameMode: NameMode;
}

/** Values shorter than this (after folding) are ignored: two letters match far too much. */
export const MIN_VALUE_LENGTH = 3;
/**
 * Except in scripts written without spaces, where two characters are a whole name (北京, 成都):
 * there the minimum is 2.
 */
export const MIN_VALUE_LENGTH_NO_SPACE_SCRIPT = 2;

export const UNHCR_ADVICE =
  'If you are in the asylum process, check with your legal adviser before talking about your case.';
const UNHCR_SOURCE = 'UNHCR: what you say to the media can affect an asylum claim';
const SOURCE = 'Your private details and declined topics';

const KIND_LABEL: Readonly<Record<PrivateDetailKind, string>> = {
  home_town: 'home town',
  current_location: 'current location',
  immigration_status: 'immigration status',
  employer: 'employer',
  family_name: 'family name',
  other: 'other private detail',
};

const KIND_SUGGESTION: Readonly<Record<PrivateDetailKind, string>> = {
  home_town: 'Take it out, or say something broader, like “a city in the north of my country”.',
  current_location: 'Take it out, or just say “in the UK”.',
  immigration_status: `Take it out. ${UNHCR_ADVICE}`,
  employer: 'Take it out, or describe the kind of place, like “a hospital” or “a café”.',
  family_name: 'Take it out. You can talk about “my brother” or “my mother” without their names.',
  other: 'Take it out, or say it in a more general way.',
};

/** Small words inside family names that are too common to check on their own. */
const NAME_PARTICLES = new Set([
  'van',
  'der',
  'den',
  'von',
  'del',
  'della',
  'los',
  'las',
  'bin',
  'bint',
  'ibn',
  'abu',
  'dos',
  'das',
  'san',
  'ben',
]);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const ARABIC = /\p{Script=Arabic}/u;

function codePointBefore(s: string, index: number): string {
  if (index <= 0) return '';
  const low = s.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return String.fromCodePoint(s.codePointAt(index - 2) ?? 0);
  return s[index - 1] ?? '';
}

function codePointAt(s: string, index: number): string {
  if (index >= s.length) return '';
  return String.fromCodePoint(s.codePointAt(index) ?? 0);
}

function needsEdge(ch: string): boolean {
  return WORD_CHAR.test(ch) && !NO_SPACE_SCRIPT.test(ch);
}

interface FindOptions {
  /** Also accept a plain plural ("religions" for "religion"). */
  plural?: boolean;
}

/**
 * Occurrences of an already folded needle in the folded text, on word edges. Scripts written without
 * spaces (Chinese, Japanese, Thai...) have no word edges to check; Arabic words take prefixes (و ب ل ال),
 * so the start edge is not checked for Arabic values.
 */
function findAll(hay: FoldedText, needle: string, options: FindOptions = {}): Span[] {
  const found: Span[] = [];
  const min = NO_SPACE_SCRIPT.test(needle) ? MIN_VALUE_LENGTH_NO_SPACE_SCRIPT : MIN_VALUE_LENGTH;
  if ([...needle].length < min) return found;
  const first = codePointAt(needle, 0);
  const last = codePointBefore(needle, needle.length);
  const checkStart = needsEdge(first) && !ARABIC.test(first);
  const checkEnd = needsEdge(last);
  const { folded, starts, ends } = hay;
  for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + 1)) {
    let endIndex = i + needle.length;
    if (checkStart && WORD_CHAR.test(codePointBefore(folded, i))) continue;
    if (checkEnd && WORD_CHAR.test(codePointAt(folded, endIndex))) {
      const pluralEnd =
        options.plural && folded[endIndex] === 's' && !WORD_CHAR.test(codePointAt(folded, endIndex + 1));
      if (!pluralEnd) continue;
      endIndex += 1;
    }
    const start = starts[i];
    const end = ends[endIndex - 1];
    if (start !== undefined && end !== undefined && end > start) found.push({ start, end });
  }
  return found;
}

function finding(
  id: string,
  severity: Severity,
  span: Span,
  message: string,
  suggestion: string,
  source = SOURCE,
): Finding {
  return {
    id: `safeguarding:${id}:${span.start}`,
    kind: 'safeguarding',
    severity,
    ...span,
    message,
    suggestion,
    source,
  };
}

function nameChecks(
  hay: FoldedText,
  ctx: SafeguardingContext,
  text: string,
): { findings: Finding[]; familyNameFound: boolean } {
  const findings: Finding[] = [];
  if (ctx.nameMode === 'full') return { findings, familyNameFound: false };
  const fullTokens = fold(ctx.fullName).split(' ').filter(Boolean);
  const firstTokens = fold(ctx.firstName || (ctx.fullName.trim().split(/\s+/u)[0] ?? ''))
    .split(' ')
    .filter(Boolean);
  const firstSet = new Set(firstTokens);
  const familyTokens = fullTokens.filter((t) => !firstSet.has(t));
  const choice =
    ctx.nameMode === 'first' ? 'You chose to be named by your first name only.' : 'You chose to use a pseudonym.';
  const instead =
    ctx.nameMode === 'first'
      ? 'Use your first name only.'
      : ctx.pseudonym.trim()
        ? `Use your pseudonym, “${ctx.pseudonym.trim()}”, instead.`
        : 'Use your pseudonym instead.';
  let familyNameFound = false;
  const add = (id: string, severity: Severity, needle: string, what: string, suggestion = instead) => {
    for (const at of findAll(hay, needle)) {
      const span = snapSpan(text, at.start, at.end);
      if (!span) continue;
      findings.push(finding(id, severity, span, `This includes ${what}. ${choice}`, suggestion));
      if (id !== 'real-first-name') familyNameFound = true;
    }
  };
  if (familyTokens.length > 0 && fullTokens.length > 1)
    add('full-name', 'strong', fullTokens.join(' '), 'your full name');
  if (familyTokens.length > 0) add('family-name', 'strong', familyTokens.join(' '), 'your family name');
  if (familyTokens.length > 1) {
    for (const token of familyTokens) {
      if (!NAME_PARTICLES.has(token)) add('family-name', 'strong', token, 'part of your family name');
    }
  }
  if (ctx.nameMode === 'pseudonym') {
    const pseudonym = fold(ctx.pseudonym);
    const first = firstTokens.join(' ');
    if (first && first !== pseudonym) {
      add(
        'real-first-name',
        'warning',
        first,
        'what may be your real first name',
        `${instead} If the word means something else here, you can ignore this.`,
      );
    }
  }
  return { findings, familyNameFound };
}

/** Drops a finding when another one, at least as severe, already covers its whole span. */
function withoutCovered(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) =>
      (a.start ?? 0) - (b.start ?? 0) ||
      (b.end ?? 0) - (a.end ?? 0) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  const kept: Finding[] = [];
  for (const f of sorted) {
    const covered = kept.some(
      (k) =>
        (k.start ?? 0) <= (f.start ?? 0) &&
        (k.end ?? 0) >= (f.end ?? 0) &&
        SEVERITY_RANK[k.severity] >= SEVERITY_RANK[f.severity],
    );
    if (!covered) kept.push(f);
  }
  return kept;
}

function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

export function checkSafeguarding(text: string, ctx: SafeguardingContext): Finding[] {
  if (text.trim().length === 0) return [];
  const hay = foldWithMap(text);
  const findings: Finding[] = [];
  const kindsFound = new Set<PrivateDetailKind>();

  for (const detail of ctx.privateDetails) {
    const needle = fold(detail.value);
    const label = KIND_LABEL[detail.kind] ?? KIND_LABEL.other;
    const suggestion = KIND_SUGGESTION[detail.kind] ?? KIND_SUGGESTION.other;
    for (const at of findAll(hay, needle)) {
      const span = snapSpan(text, at.start, at.end);
      if (!span) continue;
      kindsFound.add(detail.kind);
      const message =
        detail.kind === 'other'
          ? 'This mentions something you asked to keep private.'
          : `This mentions your ${label}, which you asked to keep private.`;
      const source = detail.kind === 'immigration_status' ? UNHCR_SOURCE : SOURCE;
      findings.push(finding(detail.kind.replace(/_/g, '-'), 'strong', span, message, suggestion, source));
    }
  }

  const names = nameChecks(hay, ctx, text);
  findings.push(...names.findings);
  if (names.familyNameFound) kindsFound.add('family_name');

  for (const topic of ctx.topicsDeclined) {
    const label = topic.trim().replace(/\s+/gu, ' ');
    for (const at of findAll(hay, fold(topic), { plural: true })) {
      const span = snapSpan(text, at.start, at.end);
      if (!span) continue;
      findings.push(
        finding(
          'declined-topic',
          'warning',
          span,
          `This touches on “${label}”, a topic you chose not to talk about.`,
          'You can leave it out. It is always fine to say: “I’d rather not talk about that.”',
        ),
      );
    }
  }

  const result = withoutCovered(findings);
  if (kindsFound.size >= 2) {
    const order = Object.keys(KIND_LABEL) as PrivateDetailKind[];
    const labels = order.filter((k) => kindsFound.has(k)).map((k) => KIND_LABEL[k]);
    const status = kindsFound.has('immigration_status');
    result.unshift({
      id: 'safeguarding:jigsaw:all',
      kind: 'safeguarding',
      severity: 'strong',
      message: `Together these details could identify you: ${listLabels(labels)}.`,
      suggestion: `Take out at least one of them. Details that seem harmless alone can point to you when they appear together.${status ? ` ${UNHCR_ADVICE}` : ''}`,
      source: status ? UNHCR_SOURCE : 'Jigsaw identification: several details together can identify a person',
    });
  }
  return result;
}
