/**
 * The safeguarding gate, the choices offered for a sheet, and the refusals: with the real Chromium where printing matters.
 */
import { describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { handMadePdf, pdfText } from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinterFactory } from '../../pdf/printer';
import { failure, LONG, useSheetTestEnv } from './service.test-env';
import { readyHouse, seedSampleSheets } from './service.test-support';

const env = useSheetTestEnv();
const studio = (printer?: PdfPrinterFactory) => env.studio(printer);

/** Who the handler says was at the keyboard (the handler names them; see message-sheet handlers). */
const WHO = 'Amira Haddad';

describe('safeguarding gate', () => {
  it(
    'stops export and copy when a private detail is in the sheet, names the field, and lets a recorded confirmation through',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      services.ambassadors.update(s.amira.id, { shortBio: 'Amira designs imaging software at northgate imaging LTD.' });

      const preview = services.sheets.preview(s.amira.id, {});
      expect(preview.blocked).toBe(true);
      expect(preview.findings).toEqual([
        {
          id: 'bio:employer:0',
          field: 'bio',
          label: 'Short bio',
          kind: 'employer',
          detailIndex: 0,
          confirmable: true,
          confirmed: false,
          message: 'Short bio contains your employer. Remove it, or confirm that it may appear on the sheet.',
        },
      ]);
      const stopped = await failure(services.sheets.export(s.amira.id, {}));
      expect(stopped).toMatchObject({
        code: 'CONFLICT',
        issues: [{ path: 'bio:employer:0', message: expect.stringMatching(/^Short bio contains your employer/) }],
      });
      expect(stopped.message).toBe(
        'The sheet was not exported: Short bio contains your employer. Remove it, or confirm that it may appear on the sheet.',
      );
      expect((await failure(() => services.sheets.text(s.amira.id, {}))).code).toBe('CONFLICT');

      const confirmation = services.sheets.confirmPrivateItem(s.amira.id, {}, 'bio:employer:0', WHO);
      expect(confirmation).toMatchObject({
        ambassadorId: s.amira.id,
        findingId: 'bio:employer:0',
        field: 'bio',
        label: 'Short bio',
        kind: 'employer',
        confirmedBy: WHO,
        confirmedAt: '2026-10-01T09:00:00.000Z',
      });
      expect(JSON.stringify(confirmation)).not.toMatch(/northgate/i);
      expect(services.sheets.confirmPrivateItem(s.amira.id, {}, 'bio:employer:0', WHO).id).toBe(confirmation.id);
      expect(services.sheets.choices(s.amira.id).confirmations).toEqual([confirmation]);
      expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(false);
      const sheet = await services.sheets.export(s.amira.id, {});
      expect(pdfText(sheet.bytes)).toMatch(/northgate imaging LTD/);
      expect(services.sheets.text(s.amira.id, {})).toContain('northgate imaging LTD');

      // Only the confirmations the screen passes apply, when it passes a list.
      expect((await failure(services.sheets.export(s.amira.id, { confirmedPrivateItems: [] }))).code).toBe('CONFLICT');
      await expect(
        services.sheets.export(s.amira.id, { confirmedPrivateItems: [confirmation.id] }),
      ).resolves.toMatchObject({ pages: 1 });
      expect(
        (await failure(services.sheets.export(s.amira.id, { confirmedPrivateItems: [crypto.randomUUID()] }))).code,
      ).toBe('NOT_FOUND');

      // A confirmation is for that text: changing the bio asks again. Withdrawing it asks again.
      services.ambassadors.update(s.amira.id, { shortBio: 'Now at Northgate Imaging Ltd, still designing.' });
      expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(true);
      const again = services.sheets.confirmPrivateItem(s.amira.id, {}, 'bio:employer:0', WHO);
      expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(false);
      services.sheets.revokeConfirmation(again.id);
      expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(true);
      expect((await failure(() => services.sheets.revokeConfirmation(again.id))).code).toBe('NOT_FOUND');
    },
    LONG,
  );

  it('records a trainer as the one who confirmed, and refuses to confirm what cannot be confirmed', async () => {
    const services = await studio(() => ({ print: async () => handMadePdf(1), close: async () => undefined }));
    const s = seedSampleSheets(services);
    services.ambassadors.update(s.olena.id, { shortBio: 'Olena Kovalenko leads a choir near the Elm Street hostel.' });
    const findings = services.sheets.preview(s.olena.id, {}).findings.map((f) => [f.id, f.confirmable]);
    expect(findings).toEqual([
      ['bio:current_location:0', true],
      ['bio:family_name:0', true],
      ['bio:full_name:0', false],
      // A location and a family name together: the jigsaw warning, as when drafting.
      ['sheet:jigsaw:0', true],
    ]);
    expect(
      services.sheets.confirmPrivateItem(s.olena.id, {}, 'bio:current_location:0', 'Trainer (Sam)').confirmedBy,
    ).toBe('Trainer (Sam)');
    const error = await failure(() => services.sheets.confirmPrivateItem(s.olena.id, {}, 'bio:full_name:0', WHO));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^This cannot be confirmed: Short bio contains your family name/);
    expect(
      (await failure(() => services.sheets.confirmPrivateItem(s.olena.id, {}, 'quotes.0:employer:0', WHO))).code,
    ).toBe('NOT_FOUND');
  });
});

describe('sheet choices, refusals and printers', () => {
  it('offers what can be chosen: modes as private or more, houses, approved quotes, photo only with consent', async () => {
    const services = await studio();
    const s = seedSampleSheets(services);
    const choices = services.sheets.choices(s.olena.id);
    expect(choices).toMatchObject({
      profileNameMode: 'first',
      nameModes: [
        { mode: 'first', publicName: 'Olena' },
        { mode: 'pseudonym', publicName: 'Ambassador' },
      ],
      defaultHouseId: s.olena.houseId,
      defaultQuoteIds: s.olena.approvedQuoteIds,
      photo: { consent: false, hasPhoto: false, allowed: false },
      topicsDeclined: ['The war', 'Family left behind'],
      papers: ['A4', 'Letter'],
      ready: true,
      blockers: [],
    });
    expect(choices.approvedQuotes.map((q) => q.id)).toEqual(s.olena.approvedQuoteIds);
    expect(choices.houses).toHaveLength(2);
    const fresh = services.ambassadors.create({ fullName: 'New Person' }).id;
    expect(services.sheets.choices(fresh)).toMatchObject({
      ready: false,
      blockers: ['There is no primary Message House yet.', 'There is no approved quote yet.'],
    });
  });

  it('refuses clearly without a primary house or an approved quote', async () => {
    const services = await studio();
    const id = services.ambassadors.create({ fullName: 'Nadia Noor', nameMode: 'first' }).id;
    const noHouse = await failure(services.sheets.export(id, {}));
    expect(noHouse).toMatchObject({
      code: 'CONFLICT',
      message: 'Nadia has no primary Message House yet. Create one (or mark one as primary) first.',
    });
    readyHouse(services, id, 'n');
    const noQuote = await failure(services.sheets.export(id, {}));
    expect(noQuote).toMatchObject({
      code: 'CONFLICT',
      message: 'Nadia has no approved quote yet. A trainer approves quotes in the review queue.',
    });
    expect((await failure(services.sheets.export(crypto.randomUUID(), {}))).code).toBe('NOT_FOUND');
    expect((await failure(services.sheets.exportPack(crypto.randomUUID(), {}))).code).toBe('NOT_FOUND');
  });

  it('says how to get Chromium when there is none', async () => {
    const services = await studio(() => createChromiumPrinter({ env: { CHROMIUM_PATH: '/missing/chromium' } }));
    const s = seedSampleSheets(services);
    const error = await failure(services.sheets.export(s.olena.id, {}));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/PDF export needs Chromium.*\/missing\/chromium.*Print > Save as PDF/);
    // The preview (and the browser's own print of it) still works.
    expect(services.sheets.preview(s.olena.id, {}).html).toMatch(/^<!DOCTYPE html>/);
  });

  it('never returns a sheet that printed on two pages, even from a printer that cannot measure', async () => {
    const services = await studio(() => ({ print: async () => handMadePdf(2), close: async () => undefined }));
    const s = seedSampleSheets(services);
    const error = await failure(services.sheets.export(s.olena.id, {}));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(
      /^The sheet does not fit on one page, so it was not exported\. Olena's sheet printed on 2 pages: shorten /,
    );
    expect(error.issues?.length).toBeGreaterThan(0);
  });

  it('does not run two press packs at once', async () => {
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const services = await studio(() => ({
      print: async () => {
        await gate;
        return handMadePdf(4);
      },
      close: async () => undefined,
    }));
    const s = seedSampleSheets(services);
    const first = services.sheets.exportPack(s.cohortId, {});
    expect(services.sheets.packProgress()).toMatchObject({ running: true });
    expect((await failure(services.sheets.exportPack(s.cohortId, {}))).message).toMatch(/already being made/);
    release();
    await expect(first).resolves.toMatchObject({ pages: 4 });
  });
});
