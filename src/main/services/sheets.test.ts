/**
 * Message sheets end to end below the transport: real SQLite, the real system Chromium (launched once for
 * this file and shared), and poppler reading the PDFs back the way a press contact's tools would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/result';
import type { PackProgress } from '../../shared/sheet/api';
import { openDatabase } from '../db/open';
import { createChromiumPrinter } from '../pdf/chromium-printer';
import {
  compact,
  handMadePdf,
  normaliseExtracted,
  pdfFonts,
  pdfInfo,
  pdfMentions,
  pdfText,
} from '../pdf/pdf-inspect.test-support';
import type { PdfPrinter, PdfPrinterFactory } from '../pdf/printer';
import { manualClock } from '../test-support/temp-backend';
import { createServices, type Services } from '.';
import { SAMPLE_AMBASSADORS, SAMPLE_COHORT } from './sample-data';
import {
  approveQuote,
  makeReady,
  NEVER_ON_A_SHEET,
  readyHouse,
  SCRIPT_BIOS,
  seedSampleSheets,
  tinyPng,
} from './sheets.test-support';

const LONG = 90_000;

let chromium: PdfPrinter;
/** What Chromium itself returned for the last print, before the app set the PDF information. */
let lastRaw: Uint8Array | null = null;
const sharedChromium: PdfPrinterFactory = () => ({
  print: async (html, options) => {
    lastRaw = await chromium.print(html, options);
    return lastRaw;
  },
  measure: (html, options) => chromium.measure!(html, options),
  close: async () => undefined,
});

const open: Array<() => void> = [];
async function studio(printer: PdfPrinterFactory = sharedChromium): Promise<Services> {
  const dir = mkdtempSync(join(tmpdir(), 'studio-sheets-'));
  const dbPath = join(dir, 'test.sqlite');
  const { db } = await openDatabase({ path: dbPath, backupDir: join(dir, 'backups') });
  const clock = manualClock();
  const services = createServices({
    db,
    clock,
    ids: () => crypto.randomUUID(),
    paths: { dataDir: dir, dbPath, backupDir: dir },
    printer,
  });
  open.push(() => {
    void services.sheets.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return services;
}

beforeAll(() => {
  chromium = createChromiumPrinter({ idleMs: 0 });
});
afterEach(() => {
  while (open.length > 0) open.pop()?.();
});
afterAll(async () => {
  await chromium.close();
});

async function failure(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  const error = await (typeof promise === 'function' ? Promise.resolve().then(promise) : promise).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const ALL_PRIVATE_VALUES = SAMPLE_AMBASSADORS.flatMap((a) => a.privateDetails.map((d) => d.value));

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
      expect(pdfInfo(lastRaw!).Title).toBe('Message sheet - Olena');
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
      services.ambassadors.setPhoto(s.amira.id, tinyPng(64));
      services.ambassadors.setPhoto(s.olena.id, tinyPng(64));
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
      expect(services.sheets.setLogo(s.cohortId, tinyPng())).toEqual({
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

      const confirmation = services.sheets.confirmPrivateItem(s.amira.id, {}, 'bio:employer:0');
      expect(confirmation).toMatchObject({
        ambassadorId: s.amira.id,
        findingId: 'bio:employer:0',
        field: 'bio',
        label: 'Short bio',
        kind: 'employer',
        confirmedBy: 'Ambassador',
        confirmedAt: '2026-10-01T09:00:00.000Z',
      });
      expect(JSON.stringify(confirmation)).not.toMatch(/northgate/i);
      expect(services.sheets.confirmPrivateItem(s.amira.id, {}, 'bio:employer:0').id).toBe(confirmation.id);
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
      const again = services.sheets.confirmPrivateItem(s.amira.id, {}, 'bio:employer:0');
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
    services.settings.update({ trainerName: 'Sam' });
    services.roles.switchTo('trainer');
    services.ambassadors.update(s.olena.id, { shortBio: 'Olena Kovalenko leads a choir near the Elm Street hostel.' });
    const findings = services.sheets.preview(s.olena.id, {}).findings.map((f) => [f.id, f.confirmable]);
    expect(findings).toEqual([
      ['bio:current_location:0', true],
      ['bio:family_name:0', true],
      ['bio:full_name:0', false],
    ]);
    expect(services.sheets.confirmPrivateItem(s.olena.id, {}, 'bio:current_location:0').confirmedBy).toBe(
      'Trainer (Sam)',
    );
    const error = await failure(() => services.sheets.confirmPrivateItem(s.olena.id, {}, 'bio:full_name:0'));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^This cannot be confirmed: Short bio contains your family name/);
    expect((await failure(() => services.sheets.confirmPrivateItem(s.olena.id, {}, 'quotes.0:employer:0'))).code).toBe(
      'NOT_FOUND',
    );
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
