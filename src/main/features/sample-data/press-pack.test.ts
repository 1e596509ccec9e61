/**
 * Straight after "Explore with sample data", a trainer exports the sample cohort's press pack through the
 * channel, printed by the real Chromium and read back with poppler: the ready people are in it, one page each,
 * the one deliberately not ready is named with the reason, and only approved work and public names print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackExport } from '../../../shared/features/message-sheet/api';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { normaliseExtracted, pdfInfo, pdfText } from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinter } from '../../pdf/printer';
import { unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { SAMPLE_AMBASSADORS, SAMPLE_COHORT } from './data';

const LONG = 120_000;
let chromium: PdfPrinter;
let studio: TestStudio;

beforeAll(() => {
  chromium = createChromiumPrinter({ idleMs: 0 });
});
afterAll(async () => {
  studio?.close();
  await chromium.close();
});

async function exportedPack(): Promise<{ pack: PackExport; bytes: Uint8Array; ids: string[] }> {
  studio = await createTestStudio({
    printer: () => ({
      print: (html, options) => chromium.print(html, options),
      measure: (html, options) => chromium.measure!(html, options),
      close: async () => undefined,
    }),
  });
  const loaded = await studio.api['sample:load']({});
  if (!loaded.ok) throw new Error(loaded.error.message);
  await unlockTrainer(studio.api);
  const result = await studio.api['pack:export']({ cohortId: loaded.value.cohortId, options: {} });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const { delivery } = result.value;
  if (delivery.mode !== 'download') throw new Error('browser mode downloads the pack');
  return { pack: result.value, bytes: delivery.bytes, ids: loaded.value.ambassadorIds };
}

describe('the sample cohort’s press pack', () => {
  it(
    'exports straight away: Amira and Lin one page each, Olena left out with the reason, nothing private printed',
    async () => {
      const { pack, bytes, ids } = await exportedPack();
      expect(pack.included.map((e) => e.publicName)).toEqual(['Amira Haddad', 'Lin']);
      expect(pack.skipped).toEqual([
        { ambassadorId: ids[1], publicName: 'Olena', reason: expect.stringMatching(/no primary Message House yet/) },
      ]);
      const info = pdfInfo(bytes);
      expect(info).toMatchObject({
        Title: `Press pack - ${SAMPLE_COHORT.campaign}`,
        Author: SAMPLE_COHORT.organisation,
      });
      expect(Number(info.Pages)).toBe(pack.pages);
      // The last two pages are the two sheets, exactly one page each.
      const amiraPage = normaliseExtracted(pdfText(bytes, { page: pack.pages - 1 }));
      const linPage = normaliseExtracted(pdfText(bytes, { page: pack.pages }));
      expect(amiraPage).toContain('Amira Haddad');
      expect(amiraPage).toContain('nobody asks where the nurse was born');
      expect(linPage).toContain('Lin');
      // (The quote's opening mark moves in the extracted text, so its words are matched in two pieces.)
      expect(linPage).toContain('should be afraid to ask about their own rights.');
      expect(linPage).toContain('a working life.');
      // His declined topics print as what not to ask about.
      expect(linPage).toMatch(/PLEASE DON.T ASK ABOUT/);
      for (const topic of SAMPLE_AMBASSADORS[2]!.topicsDeclined) expect(linPage).toContain(topic);

      const text = normaliseExtracted(pdfText(bytes));
      // Work that is not approved (or no longer is) never prints.
      for (const unapproved of ['backbone', 'Finding an illness early', 'Science has no borders', 'shouts too loudly'])
        expect(text).not.toContain(unapproved);
      // Private details, and the names Lin and Olena do not use in public, appear nowhere.
      const wei = SAMPLE_AMBASSADORS[2]!;
      for (const hidden of [
        ...SAMPLE_AMBASSADORS.flatMap((a) => a.privateDetails.map((d) => d.value)),
        wei.fullName,
        'Zhang',
        'Kovalenko',
      ])
        expect(text).not.toContain(hidden);
      expect(text).not.toMatch(/\bWei\b/);
      // The sample says what it is on the page.
      expect(text).toContain('(demo organisation)');
    },
    LONG,
  );
});
