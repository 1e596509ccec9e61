/**
 * One gate for every way a sheet leaves the app (PDF, "Copy as text", the press pack): private details written
 * in other forms, the cohort's printed details, and details that together could identify someone.
 */
import { describe, expect, it } from 'vitest';
import { handMadePdf } from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinterFactory } from '../../pdf/printer';
import { failure, useSheetTestEnv } from './service.test-env';
import { approveQuote, seedSampleSheets } from './service.test-support';

const env = useSheetTestEnv();
/** One blank page per sheet in the document: the gate is the point here, not the printing. */
const pagePerSheet: PdfPrinterFactory = () => ({
  print: async (html) => handMadePdf((html.match(/class="paper"/gu) ?? []).length),
  close: async () => undefined,
});
const WHO = 'Amira Haddad';

describe('one gate for the sheet, Copy as text and the press pack', () => {
  it('stops a private detail written with a hyphen, a soft hyphen and a possessive, everywhere it could leave', async () => {
    const services = await env.studio(pagePerSheet);
    const s = seedSampleSheets(services);
    services.ambassadors.update(s.olena.id, { shortBio: 'Olena sings at the Elm-Street hos\u00ADtel’s hall.' });

    const preview = services.sheets.preview(s.olena.id, {});
    expect(preview.blocked).toBe(true);
    expect(preview.findings.map((f) => f.id)).toEqual(['bio:current_location:0']);
    expect((await failure(services.sheets.export(s.olena.id, {}))).code).toBe('CONFLICT');
    expect((await failure(() => services.sheets.text(s.olena.id, {}))).code).toBe('CONFLICT');
    const pack = await services.sheets.exportPack(s.cohortId, {});
    expect(pack.included.map((e) => e.publicName)).toEqual(['Amira Haddad', 'Lin']);
    expect(pack.skipped).toEqual([
      expect.objectContaining({
        publicName: 'Olena',
        reason: expect.stringMatching(/^Safeguarding check: Short bio contains your current location/),
      }),
    ]);
  });

  it('stops a family name run together in the cohort hashtag: on every output, for the whole pack, and it cannot be confirmed', async () => {
    const services = await env.studio(pagePerSheet);
    const s = seedSampleSheets(services);
    services.cohorts.update(s.cohortId, { hashtag: '#OlenaKovalenkoSings' });

    const findings = services.sheets.preview(s.olena.id, {}).findings;
    expect(findings.map((f) => [f.id, f.confirmable])).toEqual([
      ['hashtag:family_name:0', true],
      ['hashtag:full_name:0', false],
    ]);
    expect(findings[1]?.message).toMatch(/^Hashtag contains your family name\. .*ask a trainer/u);
    expect((await failure(services.sheets.export(s.olena.id, {}))).code).toBe('CONFLICT');
    expect((await failure(() => services.sheets.text(s.olena.id, {}))).code).toBe('CONFLICT');
    expect(
      (await failure(() => services.sheets.confirmPrivateItem(s.olena.id, {}, 'hashtag:full_name:0', WHO))).code,
    ).toBe('CONFLICT');
    // Someone else's sheet is not stopped by Olena's name...
    expect(services.sheets.preview(s.amira.id, {}).blocked).toBe(false);
    // ...but the pack is: its cover and every page print the hashtag, so leaving Olena out would not hide it.
    const refused = await failure(services.sheets.exportPack(s.cohortId, {}));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/^The press pack was not exported: the cohort’s details, printed on every page/u);
    expect(refused.message).toMatch(/Olena: Hashtag contains a family name you keep private/u);
    expect(refused.message).not.toMatch(/Kovalenko/iu);
    expect(services.sheets.packProgress()).toMatchObject({ running: false, stage: 'failed' });

    services.cohorts.update(s.cohortId, { hashtag: '#WeBuildHome' });
    await expect(services.sheets.exportPack(s.cohortId, {})).resolves.toMatchObject({ pages: 4 });
  });

  it('lets a confirmable cohort detail through the pack once its ambassador has confirmed it', async () => {
    const services = await env.studio(pagePerSheet);
    const s = seedSampleSheets(services);
    services.cohorts.update(s.cohortId, { pressContact: { name: 'Riverside desk' } });

    expect((await failure(services.sheets.exportPack(s.cohortId, {}))).issues).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Lin: Press contact name contains your current location/u),
      }),
    ]);
    services.sheets.confirmPrivateItem(s.wei.id, {}, 'pressContact.name:current_location:0', 'Trainer (Sam)');
    expect(services.sheets.preview(s.wei.id, {}).blocked).toBe(false);
    await expect(services.sheets.exportPack(s.cohortId, {})).resolves.toMatchObject({ pages: 4 });
  });

  it('stops details that together could identify someone until that is confirmed too, for the PDF and the text', async () => {
    const services = await env.studio(pagePerSheet);
    const s = seedSampleSheets(services);
    services.ambassadors.update(s.amira.id, { shortBio: 'Amira builds software at Northgate Imaging Ltd.' });
    const quoteId = approveQuote(services, s.amira.id, 'Tartus’s sea taught me patience.');
    const options = { quoteIds: [quoteId] };

    const ids = services.sheets.preview(s.amira.id, options).findings.map((f) => f.id);
    expect(ids).toEqual(['bio:employer:0', 'quotes.0:home_town:0', 'sheet:jigsaw:0']);
    services.sheets.confirmPrivateItem(s.amira.id, options, 'bio:employer:0', WHO);
    services.sheets.confirmPrivateItem(s.amira.id, options, 'quotes.0:home_town:0', WHO);
    const still = services.sheets.preview(s.amira.id, options);
    expect(still.findings.filter((f) => !f.confirmed).map((f) => f.id)).toEqual(['sheet:jigsaw:0']);
    expect((await failure(services.sheets.export(s.amira.id, options))).message).toMatch(
      /^The sheet was not exported: Together, the details on this sheet could identify you: home town \(Quote 1\) and employer \(Short bio\)\./u,
    );
    expect((await failure(() => services.sheets.text(s.amira.id, options))).code).toBe('CONFLICT');

    const confirmation = services.sheets.confirmPrivateItem(s.amira.id, options, 'sheet:jigsaw:0', WHO);
    expect(confirmation).toMatchObject({ field: 'sheet', kind: 'jigsaw', label: 'This sheet' });
    await expect(services.sheets.export(s.amira.id, options)).resolves.toMatchObject({ pages: 1 });
    expect(services.sheets.text(s.amira.id, options)).toContain('Northgate Imaging Ltd');
  });
});
