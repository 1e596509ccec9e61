/**
 * The printed agenda with the real Chromium, read back with poppler: one page, the blocks and (on the
 * facilitator copy only) the notes, typed text printed as text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AGENDA_LIMITS } from '../../../shared/features/agenda/schemas';
import { AppError } from '../../../shared/result';
import { createServices, type Services } from '../../backend/services';
import { openDatabase } from '../../db/open';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import { compact, pdfInfo, pdfText } from '../../pdf/pdf-inspect.test-support';
import type { PdfPrinter } from '../../pdf/printer';
import { manualClock, testCohort } from '../../test-support/temp-backend';

const LONG = 90_000;
let chromium: PdfPrinter;
const cleanups: Array<() => void> = [];

beforeAll(() => {
  chromium = createChromiumPrinter({ idleMs: 0 });
});
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});
afterAll(async () => {
  await chromium.close();
});

async function studio(): Promise<Services> {
  const dir = mkdtempSync(join(tmpdir(), 'studio-agenda-'));
  const dbPath = join(dir, 'test.sqlite');
  const { db } = await openDatabase({ path: dbPath, backupDir: join(dir, 'backups') });
  const services = createServices({
    db,
    clock: manualClock(),
    ids: () => crypto.randomUUID(),
    paths: { dataDir: dir, dbPath, backupDir: dir },
    printer: () => ({ print: (html, options) => chromium.print(html, options), close: async () => undefined }),
  });
  cleanups.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return services;
}

describe('agenda PDF (real Chromium)', () => {
  it(
    'prints the two-day template on one A4 page, with notes only on the facilitator copy',
    async () => {
      const services = await studio();
      const cohort = testCohort(services, { name: 'Migrants Day 2026', organisation: 'Harbour Voices' });
      services.agenda.setStartDate(cohort.id, 1, '2026-10-13');

      const wall = await services.agenda.exportPdf(cohort.id, { paper: 'A4', includeNotes: false });
      expect(wall).toMatchObject({ pages: 1, paper: 'A4', fileName: 'Agenda - Migrants Day 2026.pdf' });
      expect(pdfInfo(wall.bytes)).toMatchObject({
        Pages: '1',
        Title: 'Agenda - Migrants Day 2026',
        Author: 'Harbour Voices',
        Creator: 'Ambassador Studio',
      });
      const text = compact(pdfText(wall.bytes));
      for (const title of ['Welcome and safeguarding', 'Mock interviews: the hot seat', 'Wrap-up and next steps'])
        expect(text).toContain(compact(title));
      expect(text).toContain(compact('Exercise: Interview practice'));
      expect(text).toContain('Day1');
      expect(text).not.toContain(compact('Name the wellbeing contact'));

      const facilitator = await services.agenda.exportPdf(cohort.id, { paper: 'Letter', includeNotes: true });
      expect(pdfInfo(facilitator.bytes)).toMatchObject({ Pages: '1', 'Page size': '612 x 792 pts (letter)' });
      expect(compact(pdfText(facilitator.bytes))).toContain(compact('Name the wellbeing contact for both days.'));
    },
    LONG,
  );

  it(
    'prints markup a person typed as text',
    async () => {
      const services = await studio();
      const cohort = testCohort(services, { name: '<b>Bold</b> & co' });
      const { blocks } = services.agenda.get(cohort.id);
      services.agenda.updateBlock(cohort.id, 1, blocks[0]!.id, { title: '<script>alert(1)</script> Welcome' });
      const pdf = await services.agenda.exportPdf(cohort.id, { paper: 'A4', includeNotes: false });
      const text = pdfText(pdf.bytes);
      expect(text).toContain('<b>Bold</b> & co');
      expect(text).toContain('<script>alert(1)</script> Welcome');
    },
    LONG,
  );

  it(
    'refuses an agenda too long for one page with what to do, rather than cutting it off',
    async () => {
      const services = await studio();
      const cohort = testCohort(services);
      let version = services.agenda.get(cohort.id).version;
      const notes = 'A long facilitator note that goes on. '.repeat(25).slice(0, AGENDA_LIMITS.notes);
      while (services.agenda.get(cohort.id).blocks.length < AGENDA_LIMITS.blocks) {
        const fields = { day: 3, startMinute: 600, durationMinutes: 30, title: 'Extra', exercise: null, notes };
        version = services.agenda.addBlock(cohort.id, version, fields).version;
      }
      const refused = await services.agenda.exportPdf(cohort.id, { paper: 'A4', includeNotes: true }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'TOO_LARGE', message: expect.stringMatching(/without facilitator notes/) });
    },
    LONG,
  );
});
