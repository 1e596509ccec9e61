/**
 * The safeguarding gate for the message sheet, the press pack and "Copy as text": does any of the
 * ambassador's private details, or a name they do not use in public, appear in anything the sheet prints
 * (their own texts and the cohort's campaign, hashtag, organisation and press contact), do several kinds
 * of detail appear together ("jigsaw identification"), and does their own text say they entered, stayed or
 * worked without permission (gate-self-incrimination.ts)? Export stops on every finding until it is removed or
 * (for private details and the jigsaw warning) explicitly confirmed. Messages name the field and the kind of
 * detail, never the detail itself, because the screen may be on a projector.
 *
 * Matching is the drafting checks' own (src/shared/checks/private-terms.ts and term.ts), so a detail the
 * editor warns about is a detail the gate stops, however it is written.
 */
import type { AmbassadorFields, NameMode } from '../ambassadors/schemas';
import { fold } from '../../checks/fold';
import { normaliseForMatch, type MatchText } from '../../checks/normalise';
import {
  detailTerms,
  JIGSAW_MIN_KINDS,
  listLabels,
  nameTerms,
  type PrivateDetailKind,
} from '../../checks/private-terms';
import { findTerm, textContains, type Term } from '../../checks/term';
import { SELF_INCRIMINATION_ADVICE_FOR_SHEET, selfIncriminationIn } from './gate-self-incrimination';
import { isCohortField, sheetTexts, type SheetText } from './gate-texts';
import type { SheetModel } from './model';

export { cohortTexts, isCohortField, sheetTexts, type CohortPrint, type SheetText } from './gate-texts';
export type { PrivateDetailKind } from '../../checks/private-terms';
export type GateKind = PrivateDetailKind | 'full_name' | 'real_first_name' | 'jigsaw' | 'self_incrimination';

export interface GateFinding {
  /** `<field>:<kind>:<index>`; pass it to sheet:confirmPrivateItem. */
  id: string;
  field: string;
  label: string;
  kind: GateKind;
  /** Index of the private detail among those of its kind (0 for name and jigsaw findings). */
  detailIndex: number;
  /** Private details and the jigsaw warning may be confirmed; a family name on a first-name or pseudonym sheet may not. */
  confirmable: boolean;
  confirmed: boolean;
  message: string;
  /** For the jigsaw finding: the fields whose details add up. */
  fields?: string[];
}

/** What the confirmation store is asked about a finding. `value` and `text` are folded. */
export interface ConfirmationQuery {
  /** The finding id, `<field>:<kind>:<index>`. */
  id: string;
  field: string;
  kind: GateKind;
  value: string;
  text: string;
}

export const KIND_LABELS: Readonly<Record<GateKind, string>> = {
  home_town: 'your home town',
  current_location: 'your current location',
  immigration_status: 'your immigration status',
  employer: 'your employer',
  family_name: 'a family name you keep private',
  other: 'something you asked to keep private',
  full_name: 'your family name',
  real_first_name: 'what may be your real first name',
  jigsaw: 'details that together could identify you',
  self_incrimination: 'words that could affect your asylum or immigration case',
};

/** The jigsaw finding is about the whole sheet, not one field. */
export const JIGSAW_FIELD = 'sheet';
export const JIGSAW_LABEL = 'This sheet';

const JIGSAW_KIND_LABELS: Readonly<Record<PrivateDetailKind, string>> = {
  home_town: 'home town',
  current_location: 'current location',
  immigration_status: 'immigration status',
  employer: 'employer',
  family_name: 'family name',
  other: 'another private detail',
};

/** Case-, accent-, width- and invisible-character-insensitive form: what a confirmation remembers. */
export function foldForMatch(value: string): string {
  return fold(value);
}

/** Whether `needle` appears in `hay` the way the gate reads it (both as written or already folded). */
export function containsTerm(hay: string, needle: string): boolean {
  return textContains(hay, needle);
}

export type GateContext = Pick<AmbassadorFields, 'privateDetails' | 'fullName' | 'firstName' | 'pseudonym'>;

/** How the printed texts name the ambassador: the sheet's name mode and the name it shows. */
export interface GateSubject {
  nameMode: NameMode;
  publicName: string;
}

type IsConfirmed = (query: ConfirmationQuery) => boolean;

function actionFor(field: string, kind: GateKind, confirmable: boolean, publicName: string): string {
  const cohort = isCohortField(field);
  if (kind === 'self_incrimination') {
    return SELF_INCRIMINATION_ADVICE_FOR_SHEET;
  }
  if (confirmable) {
    return cohort
      ? 'It is printed on every sheet of the cohort: ask a trainer to change it, or confirm that it may appear on the sheet.'
      : 'Remove it, or confirm that it may appear on the sheet.';
  }
  if (kind === 'full_name') {
    return cohort
      ? `The sheet names you as “${publicName}”: ask a trainer to take the family name out of the cohort’s details.`
      : `The sheet names you as “${publicName}”: take the family name out of this text.`;
  }
  return 'Remove it.';
}

/** The kind a finding adds to the jigsaw count: a family name is one, a possible first name is not (as in drafting). */
function countedKind(kind: GateKind): PrivateDetailKind | null {
  if (kind === 'full_name') return 'family_name';
  if (kind === 'real_first_name' || kind === 'jigsaw' || kind === 'self_incrimination') return null;
  return kind;
}

const found = (hay: MatchText, term: Term | null): boolean => term !== null && findTerm(hay, term).length > 0;

/**
 * All findings for a list of printed texts. `isConfirmed` answers from the confirmation store; the gate passes
 * when every finding is confirmed (`blockingFindings` is empty). `jigsaw: false` leaves out the
 * whole-document warning (for the press pack's cover, whose texts every included sheet repeats).
 * `selfIncrimination: true` also stops on the ambassador's own texts that say they entered, stayed or worked
 * without permission (the message sheet; the cohort's texts are never first-person accounts).
 */
export function checkTextsPrivacy(
  texts: readonly SheetText[],
  ctx: GateContext,
  subject: GateSubject,
  isConfirmed: IsConfirmed = () => false,
  options: { jigsaw?: boolean; selfIncrimination?: boolean } = {},
): GateFinding[] {
  const findings: GateFinding[] = [];
  const details = detailTerms(ctx);
  const names = nameTerms(ctx, subject.nameMode);
  const kinds = new Map<PrivateDetailKind, Set<string>>();
  const folded = new Map<string, string>();

  const add = (t: SheetText, kind: GateKind, index: number, value: string, confirmable: boolean) => {
    const id = `${t.field}:${kind}:${index}`;
    const text = folded.get(t.field) ?? '';
    const confirmed = confirmable && isConfirmed({ id, field: t.field, kind, value, text });
    findings.push({
      id,
      field: t.field,
      label: t.label,
      kind,
      detailIndex: index,
      confirmable,
      confirmed,
      message: `${t.label} contains ${KIND_LABELS[kind]}. ${actionFor(t.field, kind, confirmable, subject.publicName)}`,
    });
    const counted = countedKind(kind);
    if (counted) kinds.set(counted, (kinds.get(counted) ?? new Set<string>()).add(t.field));
  };

  for (const t of texts) {
    folded.set(t.field, fold(t.text));
    const hay = normaliseForMatch(t.text);
    for (const d of details) {
      if (found(hay, d.term)) add(t, d.kind, d.indexInKind, d.value, true);
    }
    if (found(hay, names.family) || found(hay, names.full) || names.parts.some((p) => found(hay, p))) {
      add(t, 'full_name', 0, names.familyValue, false);
    }
    if (found(hay, names.first)) add(t, 'real_first_name', 0, names.firstValue, true);
    const ownWords = options.selfIncrimination && !isCohortField(t.field) ? selfIncriminationIn(t.text) : '';
    if (ownWords) add(t, 'self_incrimination', 0, ownWords, true);
  }
  if (options.jigsaw !== false && kinds.size >= JIGSAW_MIN_KINDS) {
    findings.push(jigsawFinding(texts, kinds, folded, isConfirmed));
  }
  return findings;
}

function jigsawFinding(
  texts: readonly SheetText[],
  kinds: ReadonlyMap<PrivateDetailKind, ReadonlySet<string>>,
  folded: ReadonlyMap<string, string>,
  isConfirmed: IsConfirmed,
): GateFinding {
  const order = Object.keys(JIGSAW_KIND_LABELS) as PrivateDetailKind[];
  const present = order.filter((k) => kinds.has(k));
  const labelOf = new Map(texts.map((t) => [t.field, t.label]));
  const fields = texts.map((t) => t.field).filter((f) => present.some((k) => kinds.get(k)?.has(f)));
  const parts = present.map((k) => {
    const where = [...(kinds.get(k) ?? [])].map((f) => labelOf.get(f) ?? f);
    return `${JIGSAW_KIND_LABELS[k]} (${listLabels(where)})`;
  });
  const id = `${JIGSAW_FIELD}:jigsaw:0`;
  const query: ConfirmationQuery = {
    id,
    field: JIGSAW_FIELD,
    kind: 'jigsaw',
    value: present.join(','),
    text: fields.map((f) => folded.get(f) ?? '').join('\n'),
  };
  const status = present.includes('immigration_status')
    ? ' If you are in the asylum process, check with your legal adviser first.'
    : '';
  return {
    id,
    field: JIGSAW_FIELD,
    label: JIGSAW_LABEL,
    kind: 'jigsaw',
    detailIndex: 0,
    confirmable: true,
    confirmed: isConfirmed(query),
    message: `Together, the details on this sheet could identify you: ${listLabels(parts)}. Take at least one of them out, or confirm that they may appear together.${status}`,
    fields,
  };
}

/** All findings for a sheet, the jigsaw warning and self-incrimination included. */
export function checkSheetPrivacy(model: SheetModel, ctx: GateContext, isConfirmed?: IsConfirmed): GateFinding[] {
  return checkTextsPrivacy(sheetTexts(model), ctx, model, isConfirmed, { selfIncrimination: true });
}

/** Findings that still stop the export. */
export function blockingFindings(findings: readonly GateFinding[]): GateFinding[] {
  return findings.filter((f) => !f.confirmed);
}

/** The one-paragraph refusal for an export stopped by the gate. */
export function gateRefusalMessage(blocking: readonly GateFinding[]): string {
  const first = blocking[0];
  if (!first) return '';
  const more =
    blocking.length > 1 ? ` (and ${blocking.length - 1} more item${blocking.length > 2 ? 's' : ''} to check)` : '';
  return `The sheet was not exported: ${first.message}${more}`;
}
