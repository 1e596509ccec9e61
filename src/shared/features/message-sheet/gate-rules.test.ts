import { describe, expect, it } from 'vitest';
import { ambassador, cohort, inputs, quote } from './fixtures.test-support';
import {
  blockingFindings,
  checkSheetPrivacy,
  checkTextsPrivacy,
  cohortTexts,
  containsTerm,
  foldForMatch,
  sheetTexts,
  type ConfirmationQuery,
} from './gate';
import { buildSheetModel, type SheetModel } from './model';
import type { Ambassador } from '../ambassadors/schemas';

function modelFor(a: Ambassador, extra: Parameters<typeof inputs>[0] = {}): SheetModel {
  const built = buildSheetModel(inputs({ ambassador: a, ...extra }));
  if (!built.ok) throw new Error(built.refusal.message);
  return built.model;
}

/** Every string in the model that is not a setting, a date or an image: what the sheet prints as text. */
function printedStrings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => printedStrings(v, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => printedStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('what the gate reads', () => {
  it('covers every printed text of the model, cohort fields included', () => {
    const m = modelFor(ambassador());
    const notText = /^(paper|nameMode|mediaDate|preparedOn|photo\.|logo\.)|^(title|author)$/u;
    const checked = new Set(sheetTexts(m).map((t) => t.field));
    // A list field is checked as one text.
    const unchecked = printedStrings(m)
      .filter((p) => !notText.test(p))
      .map((p) => p.replace(/^(languages|topicsWelcome|topicsDeclined)\.\d+$/u, '$1'))
      .filter((p) => !checked.has(p));
    expect(unchecked).toEqual([]);
    // The title and author are made from the public name and the organisation, both checked.
    expect(m.title).toContain(m.publicName);
    expect(m.author).toBe(m.organisation);
  });

  it('reads the cohort’s campaign, hashtag, organisation and press contact, labelled', () => {
    expect(cohortTexts({ ...cohort(), campaign: '' }).map((t) => [t.field, t.label])).toEqual([
      ['hashtag', 'Hashtag'],
      ['organisation', 'Organisation'],
      ['pressContact.name', 'Press contact name'],
      ['pressContact.email', 'Press contact email'],
      ['pressContact.phone', 'Press contact phone'],
    ]);
  });

  it('keeps the old folded form for confirmations, now without invisible characters', () => {
    expect(foldForMatch('Northgate\u00AD Imaging  LTD.')).toBe('northgate imaging ltd.');
    expect(containsTerm('the haddads’ shop', 'Haddad')).toBe(true);
  });
});

describe('cohort fields', () => {
  it('stops a family name in the hashtag, and a private detail in the press contact, with a trainer to ask', () => {
    const a = ambassador();
    const m = modelFor(a, {
      cohort: cohort({
        hashtag: '#OlenaKovalenkoSings',
        pressContact: { name: 'Desk at Elm Street Hostel', email: 'press@example.org', phone: '' },
      }),
    });
    const findings = checkSheetPrivacy(m, a, () => true);
    expect(findings.map((f) => [f.id, f.confirmable, f.confirmed])).toEqual([
      ['hashtag:full_name:0', false, false],
      ['pressContact.name:current_location:0', true, true],
      ['sheet:jigsaw:0', true, true],
    ]);
    expect(findings[0]?.message).toBe(
      'Hashtag contains your family name. The sheet names you as “Olena”: ask a trainer to take the family name out of the cohort’s details.',
    );
    expect(findings[1]?.message).toBe(
      'Press contact name contains your current location. It is printed on every sheet of the cohort: ask a trainer to change it, or confirm that it may appear on the sheet.',
    );
  });

  it('checks the organisation and the campaign against the employer and the home town', () => {
    const a = ambassador({ privateDetails: [{ kind: 'employer', value: 'Harbour Voices' }] });
    const m = modelFor(a, { cohort: cohort({ campaign: 'Harbour-Voices week' }) });
    expect(checkSheetPrivacy(m, a).map((f) => f.id)).toEqual(['campaign:employer:0', 'organisation:employer:0']);
  });

  it('checks the cohort texts alone for the press pack cover, without the whole-sheet warning', () => {
    const a = ambassador();
    const texts = cohortTexts({
      campaign: 'Elm Street hostel voices',
      hashtag: '#Kovalenko',
      organisation: 'Northgate Imaging Ltd',
      pressContact: { name: '', email: '', phone: '' },
    });
    expect(
      checkTextsPrivacy(texts, a, { nameMode: 'first', publicName: 'Olena' }, undefined, { jigsaw: false }).map(
        (f) => f.id,
      ),
    ).toEqual(['campaign:current_location:0', 'hashtag:full_name:0', 'organisation:employer:0']);
  });
});

describe('jigsaw identification at export', () => {
  const a = ambassador({
    shortBio: 'I volunteer at Northgate Imaging Ltd.',
    privateDetails: [
      { kind: 'current_location', value: 'Elm Street hostel' },
      { kind: 'employer', value: 'Northgate Imaging Ltd' },
      { kind: 'immigration_status', value: 'awaiting decision' },
    ],
  });

  it('is one confirmable finding for the whole sheet that lists kinds and fields, never values', () => {
    const m = modelFor(a, { quotes: [quote('Home is the Elm-Street hostel for now.')] });
    const asked: ConfirmationQuery[] = [];
    const findings = checkSheetPrivacy(m, a, (q) => {
      asked.push(q);
      return q.kind !== 'jigsaw';
    });
    const jigsaw = findings.find((f) => f.kind === 'jigsaw');
    expect(jigsaw).toEqual({
      id: 'sheet:jigsaw:0',
      field: 'sheet',
      label: 'This sheet',
      kind: 'jigsaw',
      detailIndex: 0,
      confirmable: true,
      confirmed: false,
      fields: ['bio', 'quotes.0'],
      message:
        'Together, the details on this sheet could identify you: current location (Quote 1) and employer (Short bio). Take at least one of them out, or confirm that they may appear together.',
    });
    // Each detail was confirmed on its own; together they still stop the export until that is confirmed too.
    expect(blockingFindings(findings).map((f) => f.id)).toEqual(['sheet:jigsaw:0']);
    expect(asked.at(-1)).toEqual({
      id: 'sheet:jigsaw:0',
      field: 'sheet',
      kind: 'jigsaw',
      value: 'current_location,employer',
      text: 'i volunteer at northgate imaging ltd.\nhome is the elm-street hostel for now.',
    });
    expect(JSON.stringify(findings)).not.toMatch(/Elm|Northgate/iu);
  });

  it('adds the legal-adviser advice with immigration status, and counts a family name as a kind', () => {
    const m = modelFor(a, { quotes: [quote('Still awaiting decisions, says Kovalenko.')] });
    const jigsaw = checkSheetPrivacy(m, a).find((f) => f.kind === 'jigsaw');
    expect(jigsaw?.message).toMatch(
      /^Together, the details on this sheet could identify you: immigration status \(Quote 1\), employer \(Short bio\) and family name \(Quote 1\)\./u,
    );
    expect(jigsaw?.message).toMatch(/legal adviser/u);
  });

  it('is not raised for one kind of detail, however often, nor for a possible first name', () => {
    const one = ambassador({ shortBio: 'Elm Street hostel, and again the Elm Street hostel.' });
    expect(checkSheetPrivacy(modelFor(one), one).map((f) => f.kind)).toEqual(['current_location']);
    const pseudo = ambassador({
      nameMode: 'pseudonym',
      pseudonym: 'Maya',
      shortBio: 'Olena, at the Elm Street hostel.',
    });
    expect(checkSheetPrivacy(modelFor(pseudo), pseudo).map((f) => f.kind)).toEqual([
      'current_location',
      'real_first_name',
    ]);
  });
});

describe('short family names on a sheet', () => {
  const a = ambassador({
    fullName: 'Wei Li',
    firstName: 'Wei',
    privateDetails: [],
    shortBio: 'Wei helps Lily and Libby.',
  });

  it('stops the two-letter family name as a word, not inside other names', () => {
    expect(checkSheetPrivacy(modelFor(a), a)).toEqual([]);
    const m = modelFor(a, { quotes: [quote('Mr Li, my father, taught me.')] });
    expect(checkSheetPrivacy(m, a).map((f) => f.id)).toEqual(['quotes.0:full_name:0']);
    const mail = modelFor(a, {
      cohort: cohort({ pressContact: { name: 'Press', email: 'wei.li@example.org', phone: '' } }),
    });
    expect(checkSheetPrivacy(mail, a).map((f) => f.id)).toEqual(['pressContact.email:full_name:0']);
  });
});
