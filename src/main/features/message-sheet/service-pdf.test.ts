/**
 * Message sheet PDFs end to end below the transport, printed by the real Chromium and read back with poppler.
 */
import { describe, expect, it } from 'vitest';
import type { PackProgress } from '../../../shared/features/message-sheet/api';
import {
  compact,
  normaliseExtracted,
  pdfFonts,
  pdfInfo,
  pdfMentions,
  pdfText,
} from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinterFactory } from '../../pdf/printer';
import { SAMPLE_COHORT } from '../sample-data/data';
import { ALL_PRIVATE_VALUES, failure, LONG, useSheetTestEnv } from './service.test-env';
import {
  approveQuote,
  makeReady,
  NEVER_ON_A_SHEET,
  readyHouse,
  SCRIPT_BIOS,
  seedSampleSheets,
  tinyPng,
} from './service.test-support';

const env = useSheetTestEnv();
const studio = (printer?: PdfPrinterFactory) => env.studio(printer);

describe('message sheet PDFs (real Chromium)', () => {
  it(
    'prints each sample ambassador on exactly one tagged A4 page with safe metadata',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      for (const [who, publicName] of [
        [s.amira, 'Amira Haddad'],
        [s.olena, 'Olena'],
        [s.wei, 'Lin'],
      ] as const) {
        const sheet = await services.sheets.export(who.id, {});
        expect(sheet).toMatchObject({
          pages: 1,
          paper: 'A4',
          title: `Message sheet - ${publicName}`,
          fileName: `Message sheet - ${publicName}.pdf`,
        });
        const info = pdfInfo(sheet.bytes);
        expect(info).toMatchObject({
          Pages: '1',
          Tagged: 'yes',
          Title: `Message sheet - ${publicName}`,
          Author: SAMPLE_COHORT.organisation,
          Creator: 'Ambassador Studio',
          Producer: 'Ambassador Studio (Chromium PDF)',
        });
        expect(info['Page size']).toMatch(/^59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/);
        const [w, h] = info['Page size']!.split(/ x | pts/).map(Number);
        expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);
      }
    },
    LONG,
  );

  it(
    'prints Letter at exactly 612 x 792 pt',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      const sheet = await services.sheets.export(s.olena.id, { paper: 'Letter' });
      expect(pdfInfo(sheet.bytes)).toMatchObject({ Pages: '1', 'Page size': '612 x 792 pts (letter)', Tagged: 'yes' });
    },
    LONG,
  );

  it(
    'with first-name or pseudonym mode the full name is nowhere: text, metadata or bytes',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      const olena = (await services.sheets.export(s.olena.id, {})).bytes;
      for (const needle of ['Kovalenko', 'Olena Kovalenko']) expect(pdfMentions(olena, needle), needle).toEqual([]);
      expect(pdfText(olena)).toContain('Olena');

      const lin = (await services.sheets.export(s.wei.id, {})).bytes;
      for (const needle of ['Zhang', 'Wei Zhang']) expect(pdfMentions(lin, needle), needle).toEqual([]);
      expect(pdfText(lin)).not.toMatch(/\bwei\b/i);
      expect(Object.values(pdfInfo(lin)).join(' ')).not.toMatch(/\bwei\b/i);
      expect(pdfText(lin)).toContain('Lin');

      // A sheet more private than the profile: Amira is "full name" in her profile, "first name" on this sheet.
      const amira = (await services.sheets.export(s.amira.id, { nameMode: 'first' })).bytes;
      for (const needle of ['Haddad', 'Amira Haddad']) expect(pdfMentions(amira, needle), needle).toEqual([]);
      expect(pdfInfo(amira).Title).toBe('Message sheet - Amira');
    },
    LONG,
  );

  it(
    'never prints private details, comments, drafts, unapproved, retired or withdrawn quotes, or anyone else’s data',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      const sheets = {
        amira: await services.sheets.export(s.amira.id, {}),
        olena: await services.sheets.export(s.olena.id, {}),
        wei: await services.sheets.export(s.wei.id, {}),
      };
      const forbiddenEverywhere = [
        ...ALL_PRIVATE_VALUES,
        ...Object.values(NEVER_ON_A_SHEET),
        'PRIVATE-GOAL',
        'PRIVATE-CRITICISM',
        'PRIVATE-RESPONSE',
        'Sam Trainer',
        'came to study',
        'Main house',
      ];
      const tags = { amira: 'tag-a', olena: 'tag-o', wei: 'tag-l' };
      for (const [who, sheet] of Object.entries(sheets)) {
        const text = pdfText(sheet.bytes);
        const info = Object.values(pdfInfo(sheet.bytes)).join('\n');
        for (const secret of forbiddenEverywhere) {
          expect(text, `${who}: ${secret}`).not.toContain(secret);
          expect(info, `${who}: ${secret}`).not.toContain(secret);
        }
        // Their own approved quotes are there; nobody else's data is.
        expect(text).toContain(`they ask who scored (${tags[who as keyof typeof tags]})`);
        for (const [other, tag] of Object.entries(tags)) {
          if (other !== who) expect(text, `${who} shows ${other}`).not.toContain(tag);
        }
        expect(text).toContain(SAMPLE_COHORT.pressContact.email);
      }
    },
    LONG,
  );

  it(
    'Arabic, Ukrainian and Chinese bios come back out of the PDF as typed, with embedded fonts',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      const cases = [
        [s.amira.id, SCRIPT_BIOS.arabic],
        [s.olena.id, SCRIPT_BIOS.ukrainian],
        [s.wei.id, SCRIPT_BIOS.chinese],
      ] as const;
      for (const [id, bio] of cases) {
        const bytes = (await services.sheets.export(id, {})).bytes;
        const text = pdfText(bytes);
        // Lines break anywhere in Chinese, so compare without whitespace; the others keep their spaces.
        expect(compact(text), bio).toContain(compact(bio));
        if (bio !== SCRIPT_BIOS.chinese) expect(normaliseExtracted(text)).toContain(bio);
        expect(text.normalize('NFC')).toBe(text);
        const fonts = pdfFonts(bytes);
        expect(fonts.length).toBeGreaterThan(0);
        expect(
          fonts.every((f) => f.embedded && f.unicode),
          JSON.stringify(fonts),
        ).toBe(true);
      }
    },
    LONG,
  );

  it(
    'prints markup in a bio as literal text, and no script runs',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      const attack =
        '<img src=x onerror=alert(1)> <script>document.title="PWNED"</script> <b onmouseover=alert(2)>bold?</b>';
      services.ambassadors.update(s.olena.id, { shortBio: attack });
      const sheet = await services.sheets.export(s.olena.id, {});
      const text = normaliseExtracted(pdfText(sheet.bytes));
      expect(text).toContain('<img src=x onerror=alert(1)>');
      expect(text).toContain('<script>document.title="PWNED"</script>');
      expect(text).toContain('<b onmouseover=alert(2)>bold?</b>');
      // Chromium's own title for the page (before the app sets the PDF information) was never changed.
      expect(pdfInfo(env.lastRaw()!).Title).toBe('Message sheet - Olena');
      expect(pdfInfo(sheet.bytes).Title).toBe('Message sheet - Olena');
    },
    LONG,
  );

  it(
    'makes the cohort press pack: a cover, one page per ready ambassador, and names the ones skipped',
    async () => {
      const services = await studio();
      const sample = services.sample.load();
      const [amira, olena, wei] = sample.ambassadorIds as [string, string, string];
      makeReady(services, amira, 'tag-a');
      makeReady(services, wei, 'tag-l');
      readyHouse(services, olena, 'tag-o'); // a house but no approved quote
      const newcomer = services.ambassadors.create({
        fullName: 'Sami Newcomer',
        nameMode: 'first',
        cohortId: sample.cohortId,
      }).id;
      const seen: PackProgress[] = [];
      const pack = await services.sheets.exportPack(sample.cohortId, {}, { onProgress: (p) => seen.push(p) });

      expect(pack.pages).toBe(3);
      expect(pdfInfo(pack.bytes)).toMatchObject({
        Pages: '3',
        Tagged: 'yes',
        Title: `Press pack - ${SAMPLE_COHORT.campaign}`,
        Author: SAMPLE_COHORT.organisation,
      });
      expect(pack.included.map((e) => e.publicName)).toEqual(['Amira Haddad', 'Lin']);
      expect(pack.skipped).toEqual([
        { ambassadorId: olena, publicName: 'Olena', reason: expect.stringMatching(/Olena has no approved quote yet/) },
        {
          ambassadorId: newcomer,
          publicName: 'Sami',
          reason: expect.stringMatching(/Sami has no primary Message House yet/),
        },
      ]);
      const cover = normaliseExtracted(pdfText(pack.bytes, { page: 1 }));
      expect(cover).toMatch(/PRESS PACK Home Is Where We Build It #WeBuildHome/);
      expect(cover).toContain('Amira Haddad');
      expect(cover).toContain('Lin');
      expect(cover).not.toMatch(/Olena|Sami|Zhang/);
      expect(normaliseExtracted(pdfText(pack.bytes, { page: 2 }))).toContain('Amira Haddad');
      expect(normaliseExtracted(pdfText(pack.bytes, { page: 3 }))).toContain('Lin');
      expect(pdfMentions(pack.bytes, 'Zhang')).toEqual([]);

      expect(seen.map((p) => p.stage)).toEqual([
        'preparing',
        'preparing',
        'preparing',
        'preparing',
        'preparing',
        'printing',
        'checking',
        'done',
      ]);
      expect(seen.at(-1)).toMatchObject({ running: false, done: 4, total: 4 });
      expect(services.sheets.packProgress()).toMatchObject({ running: false, stage: 'done' });
    },
    LONG,
  );

  it(
    'refuses a sheet that does not fit on one page, naming what to shorten, and leaves it out of a pack',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      const long = (n: number) =>
        `${'Every Thursday the hall fills with neighbours who came to sing and stayed for tea. '.repeat(17)} (${n})`;
      const quoteIds = [1, 2, 3].map((n) => approveQuote(services, s.olena.id, long(n).slice(0, 1490)));
      const error = await failure(services.sheets.export(s.olena.id, { quoteIds }));
      expect(error.code).toBe('TOO_LARGE');
      expect(error.message).toMatch(
        /^The sheet does not fit on one page, so it was not exported\. Olena's sheet is about \d+ mm too long for one page: shorten Quote \d, Quote \d or Quote \d, or choose fewer quotes\.$/,
      );
      expect(error.issues?.map((i) => i.path).sort()).toEqual(['quotes.0', 'quotes.1', 'quotes.2']);

      // With her two short quotes retired, the pack picks the three long ones for Olena by default.
      services.quotes.transition(s.olena.approvedQuoteIds[0]!, 'retire', '');
      services.quotes.transition(s.olena.approvedQuoteIds[1]!, 'retire', '');
      const pack = await services.sheets.exportPack(s.cohortId, {});
      expect(pack.pages).toBe(3);
      expect(pack.included.map((e) => e.publicName)).toEqual(['Amira Haddad', 'Lin']);
      expect(pack.skipped).toEqual([
        {
          ambassadorId: s.olena.id,
          publicName: 'Olena',
          reason: expect.stringMatching(/too long for one page: shorten Quote/),
        },
      ]);
    },
    LONG,
  );

  it(
    'the photo appears only with consent',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      await services.ambassadors.setPhoto(s.amira.id, tinyPng(64));
      await services.ambassadors.setPhoto(s.olena.id, tinyPng(64));
      expect(services.sheets.preview(s.amira.id, {}).html).toContain('alt="Photo of Amira Haddad"');
      expect(services.sheets.preview(s.olena.id, {}).html).not.toContain('class="photo"');
      expect((await failure(() => services.sheets.preview(s.olena.id, { includePhoto: true }))).code).toBe('FORBIDDEN');
      const sheet = await services.sheets.export(s.amira.id, {});
      expect(pdfInfo(sheet.bytes).Pages).toBe('1');
    },
    LONG,
  );

  it(
    'a cohort logo must be an image; a good one is on every sheet and the pack cover',
    async () => {
      const services = await studio();
      const s = seedSampleSheets(services);
      for (const notImage of [
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
        new TextEncoder().encode('%PDF-1.4 not a logo at all'),
      ]) {
        const error = await failure(() => services.sheets.setLogo(s.cohortId, notImage));
        expect(error.code).toBe('UNSUPPORTED');
        expect(error.message).toMatch(/^That logo is not an image we can use/);
      }
      expect(services.sheets.logo(s.cohortId)).toBeNull();
      expect(await services.sheets.setLogo(s.cohortId, tinyPng())).toEqual({
        cohortId: s.cohortId,
        hasLogo: true,
        mime: 'image/png',
      });
      expect(services.sheets.logo(s.cohortId)?.mime).toBe('image/png');
      expect(services.sheets.preview(s.olena.id, {}).html).toContain(`alt="${SAMPLE_COHORT.organisation} logo"`);
      expect(services.sheets.choices(s.olena.id).hasLogo).toBe(true);
      const pack = await services.sheets.exportPack(s.cohortId, {});
      expect(pack.pages).toBe(4);
      expect(services.sheets.removeLogo(s.cohortId)).toEqual({ cohortId: s.cohortId, hasLogo: false, mime: null });
      expect(services.sheets.preview(s.olena.id, {}).html).not.toContain('class="logo"');
    },
    LONG,
  );
});
