/**
 * A press pack of any size and a sheet that uses its page, printed by the real Chromium and read back with
 * poppler: 40 ready ambassadors give a contents cover over as many pages as it needs plus 40 one-page sheets.
 */
import { describe, expect, it } from 'vitest';
import { normaliseExtracted, pdfInfo, pdfText } from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinterFactory } from '../../pdf/printer';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { seedLargeCohort } from './pack.test-support';
import { LONG, useSheetTestEnv } from './service.test-env';
import { approveQuote, seedSampleSheets } from './service.test-support';

const env = useSheetTestEnv();

/** The page numbers, 1-based, whose text has the sheet kicker: one per ambassador's sheet. */
function sheetPages(bytes: Uint8Array, pages: number): Array<{ page: number; text: string }> {
  const out: Array<{ page: number; text: string }> = [];
  for (let page = 1; page <= pages; page += 1) {
    const text = normaliseExtracted(pdfText(bytes, { page }));
    if (text.includes('MESSAGE SHEET')) out.push({ page, text });
  }
  return out;
}

describe('press pack of any size (real Chromium)', () => {
  it(
    'prints 40 ready ambassadors: a contents cover over several pages, then exactly one page per sheet',
    async () => {
      const services = await env.studio();
      const cohort = seedLargeCohort(services, 40);
      const pack = await services.sheets.exportPack(cohort.cohortId, {});

      expect(pack.included.map((e) => e.publicName)).toEqual(cohort.names);
      expect(pack.skipped).toEqual([
        expect.objectContaining({ publicName: 'Zed', reason: expect.stringMatching(/no primary Message House/) }),
      ]);
      const total = Number(pdfInfo(pack.bytes).Pages);
      expect(total).toBe(pack.pages);
      const coverPages = total - 40;
      expect(coverPages).toBeGreaterThanOrEqual(2);

      // Each sheet is one page: 40 pages carry the sheet kicker, each a different ambassador, in contents order.
      const sheets = sheetPages(pack.bytes, total);
      expect(sheets.map((s) => s.page)).toEqual(Array.from({ length: 40 }, (_, i) => coverPages + i + 1));
      sheets.forEach((s, i) => {
        expect(s.text, `page ${s.page}`).toContain(cohort.names[i]!);
        const others = cohort.names.filter((n, j) => j !== i && s.text.includes(n));
        expect(others, `page ${s.page}`).toEqual([]);
      });

      // The contents lists every ambassador with the page their sheet is on, and nobody who was left out.
      const contents = Array.from({ length: coverPages }, (_, i) =>
        normaliseExtracted(pdfText(pack.bytes, { page: i + 1 })),
      ).join('\n');
      expect(contents).toContain('AMBASSADORS IN THIS PACK (40), WITH THE PAGE OF EACH SHEET');
      cohort.names.forEach((name, i) => {
        expect(contents).toMatch(
          new RegExp(`${name} Volunteer coordinator \\d+ \\(they/them\\) ${coverPages + i + 1}\\b`),
        );
      });
      expect(contents).not.toContain('Zed');
      expect(contents).toContain('#EveryVoiceCounts');
    },
    LONG * 2,
  );
});

describe('sheet polish (real Chromium)', () => {
  it(
    'prints proof point sources, an attribution under each quote and the hashtag with "#"',
    async () => {
      const services = await env.studio();
      const cohort = seedLargeCohort(services, 1);
      const [only] = services.ambassadors
        .list({})
        .filter((a) => a.cohortId === cohort.cohortId && a.id !== cohort.notReadyId);
      const sheet = await services.sheets.export(only!.id, {});
      const text = normaliseExtracted(pdfText(sheet.bytes));
      expect(text).toContain('Source: Choir register 1');
      expect(text).toContain('Source: Choir register 3');
      expect(text).toContain('— Ada Okafor 01, Volunteer coordinator 1, Every Voice Counts');
      expect(text).toContain('#EveryVoiceCounts');
    },
    LONG,
  );

  it(
    'a short sheet prints in larger type and a long one at the standard size, both on exactly one page',
    async () => {
      const services = await env.studio();
      const s = seedSampleSheets(services);
      const short = services.sheets.preview(s.olena.id, {});
      expect(Number(/data-scale="([\d.]+)"/.exec(short.html)?.[1])).toBeGreaterThan(1);
      expect((await services.sheets.export(s.olena.id, {})).pages).toBe(1);

      const long = (n: number) =>
        `${'Every Thursday the hall fills with neighbours who came to sing and stayed for tea. '.repeat(3)} (${n})`;
      const quoteIds = [1, 2, 3].map((n) => approveQuote(services, s.olena.id, long(n)));
      services.ambassadors.update(s.olena.id, {
        shortBio: 'Olena started a choir in a church hall with six singers and now leads forty. '.repeat(3),
      });
      const full = services.sheets.preview(s.olena.id, { quoteIds });
      expect(full.html).toContain('data-scale="1"');
      const printed = await services.sheets.export(s.olena.id, { quoteIds });
      expect(printed.pages).toBe(1);
      expect(pdfInfo(printed.bytes).Pages).toBe('1');
    },
    LONG,
  );

  it(
    'prints again at the standard size when the larger type spills onto a second page',
    async () => {
      const chromium = createChromiumPrinter({ idleMs: 0 });
      const prints: string[] = [];
      // A printer on which anything larger than the standard type takes more than a page.
      const tight: PdfPrinterFactory = () => ({
        print: (html, options) => {
          const scale = /data-scale="([\d.]+)"/.exec(html)?.[1] ?? '1';
          prints.push(scale);
          const padded = scale === '1' ? html : html.replace('<body>', '<body><div style="height: 300mm"></div>');
          return chromium.print(padded, options);
        },
        close: () => chromium.close(),
      });
      const services = await env.studio(tight);
      const s = seedSampleSheets(services);
      const sheet = await services.sheets.export(s.olena.id, {});
      expect(sheet.pages).toBe(1);
      expect(prints).toHaveLength(2);
      expect(Number(prints[0])).toBeGreaterThan(1);
      expect(prints[1]).toBe('1');

      prints.length = 0;
      const pack = await services.sheets.exportPack(s.cohortId, {});
      expect(pack.pages).toBe(4);
      expect(pack.skipped).toEqual([]);
    },
    LONG,
  );
});
