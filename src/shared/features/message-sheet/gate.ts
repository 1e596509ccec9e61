/**
 * The safeguarding gate for the message sheet: does any of the ambassador's private details, or a name they
 * do not use in public, appear in the text chosen for the sheet? Export stops on every finding until it is
 * removed or (for private details) explicitly confirmed. Messages name the field and the kind of detail,
 * never the detail itself, because the screen may be on a projector.
 *
 * Matching is small and self-contained on purpose (case-, accent- and width-insensitive, on word edges
 * except in scripts written without spaces), so the gate does not move when the live draft checks change.
 */
import { PRIVATE_DETAIL_KINDS, type AmbassadorFields, type PrivateDetail } from '../ambassadors/schemas';
import type { SheetModel } from './model';

export type PrivateDetailKind = PrivateDetail['kind'];
export type GateKind = PrivateDetailKind | 'full_name' | 'real_first_name';

export interface SheetText {
  /** Stable path, e.g. `keyMessages.1.message`. */
  field: string;
  /** What a person calls it, e.g. "Key message 2". */
  label: string;
  text: string;
}

export interface GateFinding {
  /** `<field>:<kind>:<index>`; pass it to sheet:confirmPrivateItem. */
  id: string;
  field: string;
  label: string;
  kind: GateKind;
  /** Index of the private detail in the profile's list (0 for name findings). */
  detailIndex: number;
  /** Private details may be confirmed; a family name in a first-name or pseudonym sheet may not. */
  confirmable: boolean;
  confirmed: boolean;
  message: string;
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
};

/** Every text the sheet will print that came from the ambassador's own writing, labelled. */
export function sheetTexts(model: SheetModel): SheetText[] {
  const out: SheetText[] = [
    { field: 'publicName', label: 'Public name', text: model.publicName },
    { field: 'pronouns', label: 'Pronouns', text: model.pronouns },
    { field: 'role', label: 'Role', text: model.role },
    { field: 'bio', label: 'Short bio', text: model.bio },
    { field: 'umbrella', label: 'Umbrella message', text: model.umbrella },
  ];
  model.keyMessages.forEach((k, i) => {
    out.push({ field: `keyMessages.${i}.message`, label: `Key message ${i + 1}`, text: k.message });
    if (k.proof !== null)
      out.push({ field: `keyMessages.${i}.proof`, label: `Proof point for key message ${i + 1}`, text: k.proof });
  });
  model.quotes.forEach((q, i) => out.push({ field: `quotes.${i}`, label: `Quote ${i + 1}`, text: q }));
  out.push(
    { field: 'languages', label: 'Languages', text: model.languages.join('\n') },
    { field: 'topicsWelcome', label: 'Topics welcome', text: model.topicsWelcome.join('\n') },
    { field: 'topicsDeclined', label: 'Please don’t ask about', text: model.topicsDeclined.join('\n') },
  );
  return out.filter((t) => t.text.trim() !== '');
}

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[‘’ʼ`´]/gu;
const DASHES = /[‐‑‒–—―−]/gu;

/** Case-, accent- and width-insensitive form; whitespace runs become one space. */
export function foldForMatch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toUpperCase()
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: there are no word edges to check. */
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Too short to check without flagging half the sheet: under 3 characters (2 in scripts without spaces). */
function tooShort(needle: string): boolean {
  const length = Array.from(needle).length;
  return NO_SPACE_SCRIPT.test(needle) ? length < 2 : length < 3;
}

function charBefore(s: string, index: number): string {
  return index <= 0 ? '' : (Array.from(s.slice(Math.max(0, index - 2), index)).pop() ?? '');
}

function charAt(s: string, index: number): string {
  return index >= s.length ? '' : String.fromCodePoint(s.codePointAt(index) ?? 0);
}

function needsEdge(ch: string): boolean {
  return WORD_CHAR.test(ch) && !NO_SPACE_SCRIPT.test(ch);
}

/**
 * Whether the folded needle occurs in the folded haystack as a whole word (or words). Arabic words take
 * prefixes (و ب ل ال), so an Arabic value may start inside a word.
 */
export function containsTerm(foldedHay: string, foldedNeedle: string): boolean {
  if (foldedNeedle === '' || tooShort(foldedNeedle)) return false;
  const first = charAt(foldedNeedle, 0);
  const last = charBefore(foldedNeedle, foldedNeedle.length);
  const checkStart = needsEdge(first) && !ARABIC.test(first);
  const checkEnd = needsEdge(last);
  for (let i = foldedHay.indexOf(foldedNeedle); i >= 0; i = foldedHay.indexOf(foldedNeedle, i + 1)) {
    if (checkStart && WORD_CHAR.test(charBefore(foldedHay, i))) continue;
    if (checkEnd && WORD_CHAR.test(charAt(foldedHay, i + foldedNeedle.length))) continue;
    return true;
  }
  return false;
}

export type GateContext = Pick<AmbassadorFields, 'privateDetails' | 'fullName' | 'firstName' | 'pseudonym'>;

/** Parts of the full name that are not the first name: what a first-name or pseudonym sheet must not show. */
function familyNameTokens(ctx: GateContext): string[] {
  const full = foldForMatch(ctx.fullName).split(' ').filter(Boolean);
  const first = new Set(
    foldForMatch(ctx.firstName || (ctx.fullName.trim().split(/\s+/u)[0] ?? ''))
      .split(' ')
      .filter(Boolean),
  );
  return full.filter((t) => !first.has(t));
}

function realFirstName(ctx: GateContext): string {
  return foldForMatch(ctx.firstName || (ctx.fullName.trim().split(/\s+/u)[0] ?? ''));
}

/**
 * All findings for a model. `isConfirmed` answers from the confirmation store; the gate passes when every
 * finding is confirmed (`blockingFindings` is empty).
 */
export function checkSheetPrivacy(
  model: SheetModel,
  ctx: GateContext,
  isConfirmed: (query: ConfirmationQuery) => boolean = () => false,
): GateFinding[] {
  const findings: GateFinding[] = [];
  const texts = sheetTexts(model).map((t) => ({ ...t, folded: foldForMatch(t.text) }));
  const perKind = new Map<PrivateDetailKind, number>();
  const details = ctx.privateDetails.map((d) => {
    const kind = (PRIVATE_DETAIL_KINDS as readonly string[]).includes(d.kind) ? d.kind : 'other';
    const index = perKind.get(kind) ?? 0;
    perKind.set(kind, index + 1);
    return { kind, index, value: foldForMatch(d.value) };
  });

  const add = (t: (typeof texts)[number], kind: GateKind, index: number, value: string, confirmable: boolean) => {
    const what = KIND_LABELS[kind];
    const id = `${t.field}:${kind}:${index}`;
    const confirmed = confirmable && isConfirmed({ id, field: t.field, kind, value, text: t.folded });
    const action = confirmable
      ? 'Remove it, or confirm that it may appear on the sheet.'
      : kind === 'full_name'
        ? `The sheet names you as “${model.publicName}”: take the family name out of this text.`
        : 'Remove it.';
    findings.push({
      id,
      field: t.field,
      label: t.label,
      kind,
      detailIndex: index,
      confirmable,
      confirmed,
      message: `${t.label} contains ${what}. ${action}`,
    });
  };

  for (const t of texts) {
    for (const d of details) {
      if (containsTerm(t.folded, d.value)) add(t, d.kind, d.index, d.value, true);
    }
    if (model.nameMode !== 'full') {
      const family = familyNameTokens(ctx);
      if (family.some((token) => containsTerm(t.folded, token))) add(t, 'full_name', 0, family.join(' '), false);
    }
    if (model.nameMode === 'pseudonym') {
      const first = realFirstName(ctx);
      if (first !== '' && first !== foldForMatch(ctx.pseudonym) && containsTerm(t.folded, first)) {
        add(t, 'real_first_name', 0, first, true);
      }
    }
  }
  return findings;
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
