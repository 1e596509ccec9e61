/**
 * PDFs are saved where they are made: the desktop app writes them from the main process after its own save
 * dialog (the bytes never travel back from the page), browser mode gets them back in the answer to download.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PdfPrinterFactory } from '../../pdf/printer';
import { handMadePdf } from '../../pdf/pdf-inspect.test-support';
import { seedAmbassador, seedCohort, seedHouse, seedQuote, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio, type TestStudioOptions } from '../../test-support/test-studio';

const studios: TestStudio[] = [];
afterEach(() => {
  while (studios.length > 0) studios.pop()?.close();
});

/** A cohort with one ready ambassador (main house, approved quote). */
async function readyStudio(options: TestStudioOptions = {}) {
  const studio = await createTestStudio(options);
  studios.push(studio);
  const { services } = studio;
  const cohort = seedCohort(services, { name: 'Residential' });
  const lin = seedAmbassador(services, { firstName: 'Lin', nameMode: 'first', cohortId: cohort.id });
  const house = seedHouse(services, lin.id, {
    umbrella: 'We build this town together',
    pillars: [{ id: crypto.randomUUID(), message: 'Care work keeps the town going', proofs: [] }],
  });
  seedQuote(
    services,
    lin.id,
    { text: 'Our street is our home.', houseId: house.id, consentNotes: 'Press release' },
    'approved',
  );
  // The press pack is a trainer's; a trainer may print anyone's sheet too.
  await unlockTrainer(studio.api);
  return { studio, ambassadorId: lin.id, cohortId: cohort.id };
}

const options = { paper: 'A4' as const };

describe('sheet:export and pack:export delivery', () => {
  it('browser mode: the answer carries the PDF bytes for the page to download', async () => {
    const { studio, ambassadorId, cohortId } = await readyStudio();
    const sheet = await studio.api['sheet:export']({ ambassadorId, options });
    expect(sheet.ok && sheet.value.delivery.mode).toBe('download');
    const bytes = sheet.ok && sheet.value.delivery.mode === 'download' ? sheet.value.delivery.bytes : new Uint8Array();
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(sheet.ok && sheet.value.fileName).toBe('Message sheet - Lin.pdf');

    const pack = await studio.api['pack:export']({ cohortId, options });
    expect(pack.ok ? pack.value.delivery.mode : pack.error.message).toBe('download');
    expect(pack.ok && pack.value.pages).toBe(2);
  });

  it('desktop: the main process saves through its dialog; the answer has the path and no bytes; a closed dialog is null', async () => {
    const savePdf = vi.fn(async (title: string) => `/home/trainer/Documents/${title}.pdf`);
    const { studio, ambassadorId, cohortId } = await readyStudio({ savePdf });
    const sheet = await studio.api['sheet:export']({ ambassadorId, options });
    expect(sheet).toMatchObject({
      ok: true,
      value: { delivery: { mode: 'saved', path: '/home/trainer/Documents/Message sheet - Lin.pdf' } },
    });
    expect(JSON.stringify(sheet)).not.toContain('bytes');
    const [title, bytes] = savePdf.mock.calls[0] as unknown as [string, Uint8Array];
    expect(title).toBe('Message sheet - Lin');
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');

    savePdf.mockResolvedValueOnce(null as never);
    const pack = await studio.api['pack:export']({ cohortId, options });
    expect(pack).toMatchObject({ ok: true, value: { delivery: { mode: 'saved', path: null }, pages: 2 } });
  });

  it('desktop: a printer answer that is not a PDF is refused and nothing is saved', async () => {
    const savePdf = vi.fn(async () => '/tmp/x.pdf');
    const notPdf: PdfPrinterFactory = () => ({
      print: async () => new Uint8Array(handMadePdf(1).length).fill(32),
      close: async () => undefined,
    });
    const { studio, ambassadorId } = await readyStudio({ savePdf, printer: notPdf });
    const result = await studio.api['sheet:export']({ ambassadorId, options });
    expect(result.ok).toBe(false);
    expect(savePdf).not.toHaveBeenCalled();
  });
});

describe('a failed desktop save', () => {
  it('is NOT_SAVED with the save step’s own sentence, so the screen says "not saved" rather than "not made"', async () => {
    const savePdf = vi.fn(async () => {
      throw new Error(
        '“Message sheet - Lin.pdf” was not saved: the disk is full. Free some space (or choose another drive) and try again.',
      );
    });
    const { studio, ambassadorId, cohortId } = await readyStudio({ savePdf });
    const sheet = await studio.api['sheet:export']({ ambassadorId, options });
    expect(sheet).toEqual({
      ok: false,
      error: {
        code: 'NOT_SAVED',
        message:
          '“Message sheet - Lin.pdf” was not saved: the disk is full. Free some space (or choose another drive) and try again.',
      },
    });
    const pack = await studio.api['pack:export']({ cohortId, options });
    expect(pack).toMatchObject({ ok: false, error: { code: 'NOT_SAVED' } });
  });
});
