import { describe, expect, it } from 'vitest';
import {
  ambassador,
  cohort,
  house,
  inputs,
  OTHER_ID,
  PNG,
  quote,
} from '../../../shared/features/message-sheet/fixtures.test-support';
import {
  buildSheetModel,
  safeFileName,
  type SheetBuild,
  type SheetModel,
} from '../../../shared/features/message-sheet/model';
import { renderSheetHtml } from './html';
import { sheetAsText } from './text';

function model(build: SheetBuild): SheetModel {
  if (!build.ok) throw new Error(`refused: ${build.refusal.message}`);
  return build.model;
}

function refusal(build: SheetBuild) {
  if (build.ok) throw new Error('expected a refusal');
  return build.refusal;
}

describe('buildSheetModel', () => {
  it('takes the public name, primary house, first proof point, approved quotes and the organisation’s contact', () => {
    const m = model(buildSheetModel(inputs()));
    expect(m).toMatchObject({
      title: 'Message sheet - Olena',
      author: 'Harbour Voices',
      publicName: 'Olena',
      nameMode: 'first',
      umbrella: 'Migrants build the places we all call home.',
      keyMessages: [
        { message: 'Key message 1', proof: 'Proof 1' },
        { message: 'Key message 2', proof: 'Proof 2' },
        { message: 'Key message 3', proof: 'Proof 3' },
      ],
      quotes: ['A town is made by the people who turn up.', 'We sing so nobody sings alone.'],
      pressContact: { name: 'Press desk', email: 'press@example.org', phone: '+44 20 0000 0000' },
      mediaDate: '2026-12-18',
      preparedOn: '2026-10-01',
      paper: 'A4',
    });
    expect(m.photo?.dataUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('never carries private details, the full name, long bio, drafts or house internals', () => {
    const m = model(buildSheetModel(inputs()));
    const everything = [JSON.stringify(m), renderSheetHtml(m), sheetAsText(m)].join('\n');
    for (const secret of [
      'Kovalenko',
      'Elm Street hostel',
      'Northgate',
      'LONG-BIO',
      'AUDIENCE',
      'GOAL',
      'CRITICISM',
      'RESPONSE',
      'CTA-',
      'APPROVER',
      'OUTLET',
      'OCCASION',
      'VARIANT',
      'CONSENT-NOTES',
      'Second proof',
    ]) {
      expect(everything, secret).not.toContain(secret);
    }
  });

  it('uses only approved quotes with consent, never drafts, reviews, retired or withdrawn ones', () => {
    const quotes = [
      quote('DRAFT', 'draft'),
      quote('IN REVIEW', 'in_review'),
      quote('RETIRED', 'retired'),
      quote('WITHDRAWN', 'approved', { consentWithdrawn: true }),
      quote('Approved one'),
    ];
    expect(model(buildSheetModel(inputs({ quotes }))).quotes).toEqual(['Approved one']);
    for (const [i, status] of (['draft', 'in_review', 'retired'] as const).entries()) {
      const r = refusal(buildSheetModel(inputs({ quotes, options: { quoteIds: [quotes[i]!.id] } })));
      expect(r.code).toBe('QUOTE_NOT_USABLE');
      expect(r.message).toMatch(status === 'retired' ? /retired/ : /not approved/);
    }
    expect(refusal(buildSheetModel(inputs({ quotes, options: { quoteIds: [quotes[3]!.id] } }))).message).toMatch(
      /consent/,
    );
  });

  it('puts quotes linked to the house first and keeps at most three', () => {
    const quotes = [quote('One'), quote('Two'), quote('Linked', 'approved', { houseId: house().id }), quote('Four')];
    expect(model(buildSheetModel(inputs({ quotes }))).quotes).toEqual(['Linked', 'One', 'Two']);
    expect(model(buildSheetModel(inputs({ quotes, options: { quoteIds: [quotes[3]!.id] } }))).quotes).toEqual(['Four']);
  });

  it('ignores other ambassadors’ houses and quotes, even when asked for them by id', () => {
    const theirs = quote('THEIR QUOTE', 'approved', { ambassadorId: OTHER_ID });
    const theirHouse = house({
      id: '44444444-4444-4444-8444-444444444444',
      ambassadorId: OTHER_ID,
      umbrella: 'THEIR HOUSE',
    });
    const m = model(buildSheetModel(inputs({ quotes: [theirs, quote('Mine')], houses: [theirHouse, house()] })));
    expect(JSON.stringify(m)).not.toMatch(/THEIR/);
    expect(
      refusal(buildSheetModel(inputs({ quotes: [theirs, quote('Mine')], options: { quoteIds: [theirs.id] } }))).code,
    ).toBe('QUOTE_NOT_USABLE');
    expect(
      refusal(buildSheetModel(inputs({ houses: [theirHouse, house()], options: { houseId: theirHouse.id } }))).code,
    ).toBe('HOUSE_NOT_FOUND');
  });

  it('refuses without a primary house or an approved quote, saying what to do', () => {
    expect(refusal(buildSheetModel(inputs({ houses: [house({ isPrimary: false })] })))).toMatchObject({
      code: 'NO_PRIMARY_HOUSE',
      message: expect.stringMatching(/no primary Message House/),
    });
    expect(refusal(buildSheetModel(inputs({ quotes: [quote('x', 'draft')] })))).toMatchObject({
      code: 'NO_APPROVED_QUOTE',
      message: expect.stringMatching(/no approved quote/),
    });
    expect(refusal(buildSheetModel(inputs({ houses: [house({ umbrella: ' ', pillars: [] })] }))).code).toBe(
      'HOUSE_EMPTY',
    );
  });

  it('may name more privately than the profile, never less', () => {
    const full = ambassador({ nameMode: 'full' });
    expect(model(buildSheetModel(inputs({ ambassador: full }))).publicName).toBe('Olena Kovalenko');
    expect(model(buildSheetModel(inputs({ ambassador: full, options: { nameMode: 'first' } }))).publicName).toBe(
      'Olena',
    );
    expect(model(buildSheetModel(inputs({ ambassador: full, options: { nameMode: 'pseudonym' } }))).publicName).toBe(
      'Maya',
    );
    expect(refusal(buildSheetModel(inputs({ options: { nameMode: 'full' } }))).code).toBe('NAME_MODE_LESS_PRIVATE');
    const pseudo = ambassador({ nameMode: 'pseudonym', pseudonym: '' });
    expect(model(buildSheetModel(inputs({ ambassador: pseudo }))).publicName).toBe('Ambassador');
    expect(refusal(buildSheetModel(inputs({ ambassador: pseudo, options: { nameMode: 'first' } }))).code).toBe(
      'NAME_MODE_LESS_PRIVATE',
    );
  });

  it('shows the photo only with consent, and only when asked for or by default', () => {
    expect(model(buildSheetModel(inputs({ options: { includePhoto: false } }))).photo).toBeNull();
    const noConsent = ambassador({ photoConsent: false });
    expect(model(buildSheetModel(inputs({ ambassador: noConsent }))).photo).toBeNull();
    expect(refusal(buildSheetModel(inputs({ ambassador: noConsent, options: { includePhoto: true } }))).code).toBe(
      'PHOTO_NOT_ALLOWED',
    );
    expect(refusal(buildSheetModel(inputs({ photo: null, options: { includePhoto: true } }))).code).toBe('NO_PHOTO');
    expect(model(buildSheetModel(inputs({ photo: null }))).photo).toBeNull();
  });

  it('shows the chosen topics from the profile only', () => {
    const m = model(buildSheetModel(inputs({ options: { topicsWelcome: ['Volunteering'], topicsDeclined: [] } })));
    expect(m.topicsWelcome).toEqual(['Volunteering']);
    expect(m.topicsDeclined).toEqual([]);
    expect(refusal(buildSheetModel(inputs({ options: { topicsWelcome: ['Politics'] } })))).toMatchObject({
      code: 'TOPIC_NOT_IN_PROFILE',
      message: expect.stringContaining('Politics'),
    });
  });

  it('embeds a logo that is an image and refuses one that is not', () => {
    expect(model(buildSheetModel(inputs({ logo: PNG }))).logo?.mime).toBe('image/png');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(refusal(buildSheetModel(inputs({ logo: svg })))).toMatchObject({
      code: 'LOGO_NOT_IMAGE',
      message: expect.stringMatching(/not an image/),
    });
  });

  it('refuses a photo or logo that still carries hidden details, saying to upload it again', () => {
    // The PNG with a tEXt chunk before IEND, as an editor writes an author or a place into a file.
    const text = new TextEncoder().encode('Comment\0Taken at 12 Hope Street');
    const chunk = Buffer.alloc(12 + text.length);
    chunk.writeUInt32BE(text.length, 0);
    chunk.write('tEXt', 4, 'ascii');
    chunk.set(text, 8);
    const dirty = new Uint8Array([...PNG.subarray(0, PNG.length - 12), ...chunk, ...PNG.subarray(PNG.length - 12)]);
    expect(refusal(buildSheetModel(inputs({ photo: dirty })))).toEqual({
      code: 'NO_PHOTO',
      message:
        'The stored photo still carries hidden details, such as where it was taken, so it cannot go on a sheet. Upload it again.',
    });
    expect(refusal(buildSheetModel(inputs({ logo: dirty })))).toEqual({
      code: 'LOGO_NOT_IMAGE',
      message:
        'The logo still carries hidden details (such as who made it and where), so it cannot go on a sheet. Upload it again.',
    });
    // Without the chunk the same picture is embedded.
    expect(model(buildSheetModel(inputs({ photo: PNG }))).photo?.mime).toBe('image/png');
  });

  it('works without a cohort: no organisation, no press contact, still no private data', () => {
    const m = model(buildSheetModel(inputs({ cohort: null })));
    expect(m).toMatchObject({
      author: '',
      organisation: '',
      campaign: '',
      pressContact: { name: '', email: '', phone: '' },
    });
  });

  it('keeps Letter when asked', () => {
    expect(model(buildSheetModel(inputs({ options: { paper: 'Letter' } }))).paper).toBe('Letter');
    expect(model(buildSheetModel(inputs({ cohort: cohort({ organisation: '  Org  ' }) }))).author).toBe('Org');
  });
});

describe('safeFileName', () => {
  it('makes a name that is safe on every desktop system', () => {
    expect(safeFileName('Message sheet - Amira Haddad')).toBe('Message sheet - Amira Haddad.pdf');
    expect(safeFileName('Message sheet - a/b\\c:d*e?f"g<h>i|j')).toBe('Message sheet - a b c d e f g h i j.pdf');
    expect(safeFileName('Message sheet - ../../etc/passwd')).toBe('Message sheet - .. .. etc passwd.pdf');
    expect(safeFileName('  ...  ')).toBe('Message sheet.pdf');
    expect(safeFileName('nul')).toBe('Message sheet.pdf');
    expect(safeFileName('Message sheet - 林')).toBe('Message sheet - 林.pdf');
    expect(new TextEncoder().encode(safeFileName(`Message sheet - ${'林'.repeat(300)}`)).length).toBeLessThanOrEqual(
      204,
    );
  });
});
