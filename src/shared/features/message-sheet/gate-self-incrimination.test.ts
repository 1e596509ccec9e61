/**
 * The sheet gate and the drafting checks agree on self-incrimination: a strong drafting finding in a printed
 * text is a gate finding that stops the export until it is removed or confirmed; a denial or someone else's
 * account is neither.
 */
import { describe, expect, it } from 'vitest';
import { checkSafeguarding } from '../../checks/safeguarding';
import { ambassador, inputs, quote } from './fixtures.test-support';
import {
  blockingFindings,
  checkSheetPrivacy,
  checkTextsPrivacy,
  gateRefusalMessage,
  type ConfirmationQuery,
} from './gate';
import { buildSheetModel, type SheetModel } from './model';

const clean = ambassador({ privateDetails: [] });

function sheetWithQuotes(...texts: string[]): SheetModel {
  const built = buildSheetModel(inputs({ ambassador: clean, quotes: texts.map((t) => quote(t)) }));
  if (!built.ok) throw new Error(built.refusal.message);
  return built.model;
}

const drafting = {
  privateDetails: [],
  topicsDeclined: [],
  fullName: clean.fullName,
  firstName: clean.firstName,
  pseudonym: clean.pseudonym,
  nameMode: clean.nameMode,
};

describe('self-incrimination on the message sheet', () => {
  it('stops a quote that says the ambassador came here illegally, with the legal-adviser advice', () => {
    const findings = checkSheetPrivacy(sheetWithQuotes('I came here illegally and found my voice in a choir.'), clean);
    expect(findings).toEqual([
      {
        id: 'quotes.0:self_incrimination:0',
        field: 'quotes.0',
        label: 'Quote 1',
        kind: 'self_incrimination',
        detailIndex: 0,
        confirmable: true,
        confirmed: false,
        message:
          'Quote 1 contains words that could affect your asylum or immigration case. Check with your legal adviser first, then remove it, or confirm that it may appear on the sheet.',
      },
    ]);
    expect(gateRefusalMessage(blockingFindings(findings))).toMatch(
      /^The sheet was not exported: Quote 1 contains words/,
    );
  });

  it('lets a confirmed one through, remembering the flagged words and the text (folded)', () => {
    const asked: ConfirmationQuery[] = [];
    const findings = checkSheetPrivacy(sheetWithQuotes('I worked cash in hand. Now I sing.'), clean, (q) => {
      asked.push(q);
      return true;
    });
    expect(blockingFindings(findings)).toEqual([]);
    expect(asked).toEqual([
      {
        id: 'quotes.0:self_incrimination:0',
        field: 'quotes.0',
        kind: 'self_incrimination',
        value: 'i worked cash in hand',
        text: 'i worked cash in hand. now i sing.',
      },
    ]);
  });

  it('leaves denials and other people’s accounts to the drafting notes', () => {
    const model = sheetWithQuotes('I never worked illegally.', 'People who came here illegally deserve a hearing.');
    expect(checkSheetPrivacy(model, clean)).toEqual([]);
  });

  it('agrees with the drafting check on every printed text: strong there, a finding here', () => {
    const texts = [
      'I came here illegally.',
      'I entered the UK without papers.',
      'I overstayed my visa.',
      'I came here legally.',
      'I did not come here illegally.',
      'We sing together every Thursday.',
    ];
    const model = sheetWithQuotes(...texts.slice(0, 3));
    const quoted = new Set(checkSheetPrivacy(model, clean).map((f) => f.field));
    for (const [i, text] of texts.entries()) {
      const strong = checkSafeguarding(text, drafting).some((f) => f.severity === 'strong');
      const gated = checkSheetPrivacy(sheetWithQuotes(text), clean).some((f) => f.kind === 'self_incrimination');
      expect(gated, text).toBe(strong);
      if (i < 3) expect(quoted.has(`quotes.${i}`), text).toBe(true);
    }
  });

  it('is not a kind of private detail: it never adds up to the jigsaw warning', () => {
    const a = ambassador({ privateDetails: [{ kind: 'employer', value: 'Northgate Imaging Ltd' }] });
    const built = buildSheetModel(
      inputs({ ambassador: a, quotes: [quote('I worked at Northgate Imaging Ltd without a work permit.')] }),
    );
    if (!built.ok) throw new Error(built.refusal.message);
    expect(checkSheetPrivacy(built.model, a).map((f) => f.id)).toEqual([
      'quotes.0:employer:0',
      'quotes.0:self_incrimination:0',
    ]);
  });

  it('only runs when asked: the press-pack cover and other callers of checkTextsPrivacy are unchanged', () => {
    const texts = [{ field: 'umbrella', label: 'Umbrella message', text: 'I came here illegally.' }];
    const subject = { nameMode: 'first' as const, publicName: 'Olena' };
    expect(checkTextsPrivacy(texts, clean, subject)).toEqual([]);
    expect(checkTextsPrivacy(texts, clean, subject, () => false, { selfIncrimination: true })).toHaveLength(1);
    const cohort = [{ field: 'campaign', label: 'Campaign name', text: 'I came here illegally' }];
    expect(checkTextsPrivacy(cohort, clean, subject, () => false, { selfIncrimination: true })).toEqual([]);
  });
});
