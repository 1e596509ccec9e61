/**
 * What to look for on behalf of one ambassador, prepared once and shared by the drafting checks
 * (safeguarding.ts) and the message-sheet gate, so both read a text the same way: their private details, their
 * family name (when they are named by first name or pseudonym) and, with a pseudonym, their real first name.
 */
import type { NameMode, PrivateDetail } from '../features/ambassadors/schemas';
import { fold } from './fold';
import { prepareTerm, type Term } from './term';

export type PrivateDetailKind = PrivateDetail['kind'];

export interface PrivacyProfile {
  privateDetails: readonly { kind: PrivateDetailKind; value: string }[];
  fullName: string;
  firstName: string;
  pseudonym: string;
}

export interface DetailTerm {
  kind: PrivateDetailKind;
  /** Position among the details of the same kind (the gate's finding ids count per kind). */
  indexInKind: number;
  /** The folded value (what a confirmation remembers). */
  value: string;
  term: Term;
}

export interface NameTerms {
  /** The whole full name, when it has a family part. */
  full: Term | null;
  /** The family part as a whole ("Al Haddad"). */
  family: Term | null;
  /** Each part of a family name of several parts, leaving out particles ("al", "van"). */
  parts: Term[];
  /** The folded family part, '' when there is none. */
  familyValue: string;
  /** The real first name, for pseudonym sheets. */
  first: Term | null;
  firstValue: string;
}

/** Small words inside family names that are too common to check on their own. */
const NAME_PARTICLES = new Set(
  'van der den von del della de da di du dos das le la los las al el bin bint ibn abu ben san y'.split(' '),
);
const PART_SEPARATOR = /[\s-]+/u;

const KNOWN_KINDS = new Set<string>(['home_town', 'current_location', 'immigration_status', 'employer', 'family_name']);

export function detailTerms(profile: PrivacyProfile): DetailTerm[] {
  const perKind = new Map<PrivateDetailKind, number>();
  const out: DetailTerm[] = [];
  for (const d of profile.privateDetails) {
    const kind: PrivateDetailKind = KNOWN_KINDS.has(d.kind) ? d.kind : 'other';
    const indexInKind = perKind.get(kind) ?? 0;
    perKind.set(kind, indexInKind + 1);
    const term = prepareTerm(d.value, { name: kind === 'family_name' });
    if (term) out.push({ kind, indexInKind, value: fold(d.value), term });
  }
  return out;
}

/** The first name as written in the profile, or the first word of the full name. */
export function firstNameOf(profile: Pick<PrivacyProfile, 'fullName' | 'firstName'>): string {
  return fold(profile.firstName || (profile.fullName.trim().split(/\s+/u)[0] ?? ''));
}

export function nameTerms(profile: PrivacyProfile, nameMode: NameMode): NameTerms {
  const none: NameTerms = { full: null, family: null, parts: [], familyValue: '', first: null, firstValue: '' };
  if (nameMode === 'full') return none;
  const fullTokens = fold(profile.fullName).split(' ').filter(Boolean);
  const first = firstNameOf(profile);
  const firstTokens = new Set(first.split(' ').filter(Boolean));
  const familyTokens = fullTokens.filter((t) => !firstTokens.has(t));
  const familyValue = familyTokens.join(' ');
  const parts = familyTokens.flatMap((t) => t.split(PART_SEPARATOR)).filter(Boolean);
  const name = { name: true, companion: first };
  const pseudonym = fold(profile.pseudonym);
  const showsFirst = nameMode === 'pseudonym' && first !== '' && first !== pseudonym;
  return {
    full: familyTokens.length > 0 && fullTokens.length > 1 ? prepareTerm(fullTokens.join(' '), name) : null,
    family: familyValue ? prepareTerm(familyValue, name) : null,
    parts:
      parts.length > 1
        ? parts
            .filter((p) => !NAME_PARTICLES.has(p))
            .map((p) => prepareTerm(p, name))
            .filter((t): t is Term => t !== null)
        : [],
    familyValue,
    first: showsFirst ? prepareTerm(first, { name: true }) : null,
    firstValue: showsFirst ? first : '',
  };
}

/** Jigsaw identification: this many different kinds of detail together could identify someone. */
export const JIGSAW_MIN_KINDS = 2;

/** "a, b and c". */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
