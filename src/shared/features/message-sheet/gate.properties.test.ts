/**
 * Property tests of the export gate: every variant class of every kind of private value, in every field the
 * sheet prints, is refused; ordinary text, other people's names and other scripts never are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseProfile,
  ordinaryText,
  surroundings,
  VALUE_CASES,
  variantOfAValue,
  type ValueCase,
} from '../../checks/variants.test-support';
import { ambassador, inputs } from './fixtures.test-support';
import { blockingFindings, checkSheetPrivacy, sheetTexts, type GateContext } from './gate';
import { buildSheetModel, type SheetModel } from './model';

type Setter = (m: SheetModel, text: string) => SheetModel;

const withKey =
  (i: number, patch: { message?: string; proof?: string }): ((m: SheetModel) => SheetModel) =>
  (m) => ({
    ...m,
    keyMessages: m.keyMessages.map((k, j) => (j === i ? { ...k, ...patch } : k)),
  });

/** Puts a text into one printed field (a list field gets it as one more item). */
const FIELDS: Readonly<Record<string, Setter>> = {
  publicName: (m, t) => ({ ...m, publicName: t }),
  pronouns: (m, t) => ({ ...m, pronouns: t }),
  role: (m, t) => ({ ...m, role: t }),
  bio: (m, t) => ({ ...m, bio: t }),
  umbrella: (m, t) => ({ ...m, umbrella: t }),
  'keyMessages.0.message': (m, t) => withKey(0, { message: t })(m),
  'keyMessages.2.proof': (m, t) => withKey(2, { proof: t })(m),
  'quotes.1': (m, t) => ({ ...m, quotes: m.quotes.map((q, i) => (i === 1 ? t : q)) }),
  languages: (m, t) => ({ ...m, languages: [...m.languages, t] }),
  topicsWelcome: (m, t) => ({ ...m, topicsWelcome: [...m.topicsWelcome, t] }),
  topicsDeclined: (m, t) => ({ ...m, topicsDeclined: [t, ...m.topicsDeclined] }),
  campaign: (m, t) => ({ ...m, campaign: t }),
  hashtag: (m, t) => ({ ...m, hashtag: t }),
  organisation: (m, t) => ({ ...m, organisation: t }),
  'pressContact.name': (m, t) => ({ ...m, pressContact: { ...m.pressContact, name: t } }),
  'pressContact.email': (m, t) => ({ ...m, pressContact: { ...m.pressContact, email: t } }),
  'pressContact.phone': (m, t) => ({ ...m, pressContact: { ...m.pressContact, phone: t } }),
};
const FIELD_NAMES = Object.keys(FIELDS);

function contextFor(c: ValueCase): GateContext {
  return { ...caseProfile(c), pseudonym: '' };
}

function baseModel(c: ValueCase): SheetModel {
  const profile = caseProfile(c);
  const built = buildSheetModel(
    inputs({ ambassador: ambassador({ ...profile, shortBio: 'Sings in a choir with six friends.' }) }),
  );
  if (!built.ok) throw new Error(built.refusal.message);
  return built.model;
}

const BASES = new Map(VALUE_CASES.map((c) => [c, baseModel(c)]));
const base = (c: ValueCase): SheetModel => BASES.get(c) ?? baseModel(c);
const expectedKind = (c: ValueCase) => (c.kind === 'name' ? 'full_name' : c.kind);

describe('the gate (property)', () => {
  it('starts from sheets with nothing to find, and can put text in every printed field', () => {
    for (const c of VALUE_CASES) expect(checkSheetPrivacy(base(c), contextFor(c))).toEqual([]);
    const every = sheetTexts(base(VALUE_CASES[0]!)).map((t) =>
      t.field.replace(/\.\d+\./u, '.N.').replace(/\.\d+$/u, '.N'),
    );
    const covered = FIELD_NAMES.map((f) => f.replace(/\.\d+\./u, '.N.').replace(/\.\d+$/u, '.N'));
    expect(new Set(covered)).toEqual(new Set(every));
  });

  it('refuses every variant class of every private value in every printed field', () => {
    fc.assert(
      fc.property(variantOfAValue, surroundings, fc.constantFrom(...FIELD_NAMES), ({ c, cls, text }, around, field) => {
        const written = `${around.before}${text}${around.after}`;
        const model = (FIELDS[field] as Setter)(base(c), written);
        const blocking = blockingFindings(checkSheetPrivacy(model, contextFor(c)));
        const where = blocking.filter((f) => f.field === field).map((f) => f.kind);
        expect(where, `${cls}: ${JSON.stringify(written)} in ${field}`).toContain(expectedKind(c));
      }),
      { numRuns: 1500 },
    );
  });

  it('adds the jigsaw warning when two kinds of detail are printed, in any two fields', () => {
    // A family name counts once, whether it is the ambassador's own or a relative's.
    const counted = (c: ValueCase) => expectedKind(c).replace('full_name', 'family_name');
    const twoKinds = fc
      .tuple(variantOfAValue, variantOfAValue)
      .filter(([a, b]) => !a.c.short && !b.c.short && counted(a.c) !== counted(b.c));
    const twoFields = fc.uniqueArray(fc.constantFrom(...FIELD_NAMES), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(twoKinds, twoFields, ([a, b], [f1 = '', f2 = '']) => {
        const model = (FIELDS[f2] as Setter)((FIELDS[f1] as Setter)(base(a.c), ` ${a.text} `), ` ${b.text} `);
        const jigsaw = checkSheetPrivacy(model, contextFor(a.c)).filter((f) => f.kind === 'jigsaw');
        expect(jigsaw, `${a.text} in ${f1}, ${b.text} in ${f2}`).toEqual([
          expect.objectContaining({ id: 'sheet:jigsaw:0', confirmable: true, confirmed: false }),
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('never stops ordinary text, other people’s names or other scripts, in any field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALUE_CASES), ordinaryText, fc.constantFrom(...FIELD_NAMES), (c, text, field) => {
        const model = (FIELDS[field] as Setter)(base(c), text);
        expect(checkSheetPrivacy(model, contextFor(c)), `${JSON.stringify(text)} in ${field}`).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});
