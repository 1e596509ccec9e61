import type { NameMode } from '../features/ambassadors/schemas';
import { normaliseForMatch, type MatchText } from './normalise';
import {
  detailTerms,
  JIGSAW_MIN_KINDS,
  listLabels,
  nameTerms,
  type DetailTerm,
  type PrivateDetailKind,
} from './private-terms';
import { snapSpan, type Span } from './segment';
import { checkSelfIncrimination } from './self-incrimination';
import { findTerm, prepareTerm, type Term } from './term';
import { SEVERITY_RANK, type Finding, type Severity } from './types';

/**
 * Safeguarding: warn when a draft contains something the ambassador asked to keep private, a topic they
 * declined, a name they do not use in public, several details that together could identify them
 * ("jigsaw identification"), or a first-person account of entering, staying or working without permission
 * (self-incrimination.ts). Messages name the kind of detail, never the detail itself.
 *
 * What counts as "appears" is shared with the message-sheet gate (private-terms.ts, term.ts): a value is found
 * the way a person would read it, whatever its case, accents, invisible characters, separators or inflection.
 */

export type { PrivateDetailKind } from './private-terms';
export { MIN_VALUE_LENGTH, MIN_VALUE_LENGTH_NO_SPACE_SCRIPT } from './term';

export interface SafeguardingContext {
  privateDetails: readonly { kind: PrivateDetailKind; value: string }[];
  topicsDeclined: readonly string[];
  fullName: string;
  firstName: string;
  pseudonym: string;
  nameMode: NameMode;
}

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

/**
 * A family name on the private list is a relative's (the ambassador's own is checked by name mode, below), so
 * "your family name" would be wrong there.
 */
function privateDetailMessage(kind: PrivateDetailKind, label: string): string {
  if (kind === 'other') return 'This mentions something you asked to keep private.';
  if (kind === 'family_name') return 'This mentions a family member’s name, which you asked to keep private.';
  return `This mentions your ${label}, which you asked to keep private.`;
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
  hay: MatchText,
  ctx: SafeguardingContext,
  text: string,
): { findings: Finding[]; familyNameFound: boolean } {
  const findings: Finding[] = [];
  if (ctx.nameMode === 'full') return { findings, familyNameFound: false };
  const names = nameTerms(ctx, ctx.nameMode);
  const choice =
    ctx.nameMode === 'first' ? 'You chose to be named by your first name only.' : 'You chose to use a pseudonym.';
  const instead =
    ctx.nameMode === 'first'
      ? 'Use your first name only.'
      : ctx.pseudonym.trim()
        ? `Use your pseudonym, “${ctx.pseudonym.trim()}”, instead.`
        : 'Use your pseudonym instead.';
  let familyNameFound = false;
  const add = (id: string, severity: Severity, term: Term | null, what: string, suggestion = instead) => {
    if (!term) return;
    for (const at of findTerm(hay, term)) {
      const span = snapSpan(text, at.start, at.end);
      if (!span) continue;
      findings.push(finding(id, severity, span, `This includes ${what}. ${choice}`, suggestion));
      if (id !== 'real-first-name') familyNameFound = true;
    }
  };
  add('full-name', 'strong', names.full, 'your full name');
  add('family-name', 'strong', names.family, 'your family name');
  for (const part of names.parts) add('family-name', 'strong', part, 'part of your family name');
  add(
    'real-first-name',
    'warning',
    names.first,
    'what may be your real first name',
    `${instead} If the word means something else here, you can ignore this.`,
  );
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

/** The prepared terms for one context: contexts are immutable and reused as the ambassador types. */
const prepared = new WeakMap<
  SafeguardingContext,
  { details: DetailTerm[]; topics: Array<{ label: string; term: Term }> }
>();

function termsFor(ctx: SafeguardingContext) {
  let terms = prepared.get(ctx);
  if (!terms) {
    terms = {
      details: detailTerms(ctx),
      topics: ctx.topicsDeclined.flatMap((topic) => {
        const term = prepareTerm(topic);
        return term ? [{ label: topic.trim().replace(/\s+/gu, ' '), term }] : [];
      }),
    };
    prepared.set(ctx, terms);
  }
  return terms;
}

export function checkSafeguarding(text: string, ctx: SafeguardingContext): Finding[] {
  if (text.trim().length === 0) return [];
  const hay = normaliseForMatch(text);
  const findings: Finding[] = [];
  const kindsFound = new Set<PrivateDetailKind>();
  const { details, topics } = termsFor(ctx);

  for (const detail of details) {
    const label = KIND_LABEL[detail.kind] ?? KIND_LABEL.other;
    const suggestion = KIND_SUGGESTION[detail.kind] ?? KIND_SUGGESTION.other;
    for (const at of findTerm(hay, detail.term)) {
      const span = snapSpan(text, at.start, at.end);
      if (!span) continue;
      kindsFound.add(detail.kind);
      const message = privateDetailMessage(detail.kind, label);
      const source = detail.kind === 'immigration_status' ? UNHCR_SOURCE : SOURCE;
      findings.push(finding(detail.kind.replace(/_/g, '-'), 'strong', span, message, suggestion, source));
    }
  }

  const names = nameChecks(hay, ctx, text);
  findings.push(...names.findings);
  if (names.familyNameFound) kindsFound.add('family_name');

  for (const topic of topics) {
    for (const at of findTerm(hay, topic.term)) {
      const span = snapSpan(text, at.start, at.end);
      if (!span) continue;
      findings.push(
        finding(
          'declined-topic',
          'warning',
          span,
          `This touches on “${topic.label}”, a topic you chose not to talk about.`,
          'You can leave it out. It is always fine to say: “I’d rather not talk about that.”',
        ),
      );
    }
  }

  // Added after the covering pass: a self-incriminating sentence must not hide a private detail inside it.
  const result = [...withoutCovered(findings), ...checkSelfIncrimination(text)];
  if (kindsFound.size >= JIGSAW_MIN_KINDS) {
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
