import { describe, expect, it } from 'vitest';
import { ambassador, inputs, quote } from './fixtures.test-support';
import { blockingFindings, checkSheetPrivacy, containsTerm, foldForMatch, gateRefusalMessage } from './gate';
import { buildSheetModel, type SheetModel } from './model';
import type { Ambassador } from '../ambassadors/schemas';

function modelFor(a: Ambassador, extra: Parameters<typeof inputs>[0] = {}): SheetModel {
  const built = buildSheetModel(inputs({ ambassador: a, ...extra }));
  if (!built.ok) throw new Error(built.refusal.message);
  return built.model;
}

describe('matching', () => {
  it('ignores case, accents and width', () => {
    expect(foldForMatch('  Tartûs  ')).toBe('tartus');
    expect(foldForMatch('ＡＢＣ')).toBe('abc');
    expect(containsTerm(foldForMatch('I grew up in TARTUS, by the sea'), foldForMatch('Tartūs'))).toBe(true);
    expect(containsTerm(foldForMatch('Straße'), foldForMatch('STRASSE'))).toBe(true);
  });

  it('matches whole words only in spaced scripts', () => {
    expect(containsTerm(foldForMatch('Riversider'), foldForMatch('Riverside'))).toBe(false);
    expect(containsTerm(foldForMatch('Northgate Imaging Ltd.'), foldForMatch('Northgate Imaging'))).toBe(true);
    expect(containsTerm(foldForMatch('Олена з Харкова'), foldForMatch('Харкова'))).toBe(true);
  });

  it('finds values inside words in scripts without spaces, and Arabic values after a prefix', () => {
    expect(containsTerm(foldForMatch('我在张家工作'), foldForMatch('张家'))).toBe(true);
    expect(containsTerm(foldForMatch('وطرطوس مدينتي'), foldForMatch('طرطوس'))).toBe(true);
  });

  it('does not check values too short to mean anything', () => {
    expect(containsTerm('a x b', 'x')).toBe(false);
    expect(containsTerm('ab cd', 'ab')).toBe(false);
    expect(containsTerm('林在这里', '林')).toBe(false);
  });
});

describe('checkSheetPrivacy', () => {
  it('names the field and kind of detail, never the detail', () => {
    const a = ambassador();
    const m = modelFor(a, {
      quotes: [quote('I work at northgate imaging ltd and love it.'), quote('Fine')],
      ambassador: a,
    });
    const withDetail = {
      ...m,
      keyMessages: [m.keyMessages[0]!, { message: 'We meet at the elm street HOSTEL.', proof: null, source: null }],
    };
    const findings = checkSheetPrivacy(withDetail, a);
    expect(findings.map((f) => [f.id, f.message])).toEqual([
      [
        'keyMessages.1.message:current_location:0',
        'Key message 2 contains your current location. Remove it, or confirm that it may appear on the sheet.',
      ],
      ['quotes.0:employer:0', 'Quote 1 contains your employer. Remove it, or confirm that it may appear on the sheet.'],
      // Two kinds of detail on one sheet: the jigsaw warning, as when drafting.
      [
        'sheet:jigsaw:0',
        'Together, the details on this sheet could identify you: current location (Key message 2) and employer (Quote 1). Take at least one of them out, or confirm that they may appear together.',
      ],
    ]);
    expect(JSON.stringify(findings)).not.toMatch(/Elm|Northgate/i);
    expect(gateRefusalMessage(blockingFindings(findings))).toBe(
      'The sheet was not exported: Key message 2 contains your current location. Remove it, or confirm that it may appear on the sheet. (and 2 more items to check)',
    );
  });

  it('lets a confirmed item through and asks the store with folded value and text', () => {
    const a = ambassador({ shortBio: 'Volunteer at Northgate Imaging Ltd.' });
    const m = modelFor(a);
    const asked: unknown[] = [];
    const findings = checkSheetPrivacy(m, a, (q) => {
      asked.push(q);
      return q.field === 'bio';
    });
    expect(findings).toEqual([expect.objectContaining({ id: 'bio:employer:0', confirmed: true, confirmable: true })]);
    expect(blockingFindings(findings)).toEqual([]);
    expect(asked).toEqual([
      {
        id: 'bio:employer:0',
        field: 'bio',
        kind: 'employer',
        value: 'northgate imaging ltd',
        text: 'volunteer at northgate imaging ltd.',
      },
    ]);
  });

  it('blocks the family name on a first-name or pseudonym sheet, and it cannot be confirmed away', () => {
    const a = ambassador({ shortBio: 'Olena KOVALENKO leads the choir.', privateDetails: [] });
    const findings = checkSheetPrivacy(modelFor(a), a, () => true);
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'bio:full_name:0',
        confirmable: false,
        confirmed: false,
        message: expect.stringMatching(/family name/),
      }),
    ]);
    const full = ambassador({ nameMode: 'full', shortBio: 'Olena Kovalenko leads the choir.', privateDetails: [] });
    expect(checkSheetPrivacy(modelFor(full), full)).toEqual([]);
    // A more private sheet than the profile applies the stricter rule.
    expect(checkSheetPrivacy(modelFor(full, { options: { nameMode: 'first' } }), full).map((f) => f.kind)).toEqual([
      'full_name',
    ]);
  });

  it('flags the real first name on a pseudonym sheet (confirmable: it may be an ordinary word)', () => {
    const a = ambassador({
      nameMode: 'pseudonym',
      fullName: 'Wei Zhang',
      firstName: 'Wei',
      pseudonym: 'Lin',
      shortBio: 'Lin, called Wei by friends.',
      privateDetails: [],
    });
    expect(checkSheetPrivacy(modelFor(a), a).map((f) => [f.id, f.confirmable])).toEqual([
      ['bio:real_first_name:0', true],
    ]);
  });

  it('counts private details per kind, so two of the same kind have their own ids', () => {
    const a = ambassador({
      shortBio: 'From Tartus, near Latakia.',
      privateDetails: [
        { kind: 'home_town', value: 'Tartus' },
        { kind: 'employer', value: 'Nowhere Ltd' },
        { kind: 'home_town', value: 'Latakia' },
      ],
    });
    expect(checkSheetPrivacy(modelFor(a), a).map((f) => f.id)).toEqual(['bio:home_town:0', 'bio:home_town:1']);
  });

  it('checks topics, languages, role and pronouns too', () => {
    const a = ambassador({ role: 'Nurse at Northgate Imaging Ltd', topicsWelcome: ['Life at Elm Street hostel'] });
    expect(checkSheetPrivacy(modelFor(a), a).map((f) => f.label)).toEqual(['Role', 'Topics welcome', 'This sheet']);
  });
});
