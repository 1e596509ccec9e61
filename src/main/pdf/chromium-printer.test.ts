/**
 * The Chromium printer with the real system Chromium (launched once for this file) and poppler to read the
 * result back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/result';
import { buildSheetModel, type SheetModel } from '../../shared/features/message-sheet/model';
import { renderSheetHtml } from '../features/message-sheet/html';
import { inputs } from '../../shared/features/message-sheet/fixtures.test-support';
import { createChromiumPrinter, missingChromiumMessage } from './chromium-printer';
import { countPdfPages } from './pdf-file';
import { pdfInfo, pdfText } from './pdf-inspect.test-support';
import type { PdfPrinter } from './printer';

let printer: PdfPrinter;
beforeAll(() => {
  printer = createChromiumPrinter({ idleMs: 0 });
});
afterAll(async () => {
  await printer.close();
});

function model(extra: Parameters<typeof inputs>[0] = {}): SheetModel {
  const built = buildSheetModel(inputs(extra));
  if (!built.ok) throw new Error(built.refusal.message);
  return built.model;
}

const page = (body: string, title = 'Original title') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('createChromiumPrinter', () => {
  it('prints a sheet on one A4 page, tagged, with the document title', async () => {
    const pdf = await printer.print(renderSheetHtml(model()), { paper: 'A4' });
    expect(countPdfPages(pdf)).toBe(1);
    const info = pdfInfo(pdf);
    expect(info).toMatchObject({ Pages: '1', Tagged: 'yes', Title: 'Message sheet - Olena' });
    const [w, h] = (info['Page size'] ?? '').split(/\s*x\s*|\s+pts/).map(Number);
    expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);
    expect(info['Page size']).toContain('(A4)');
  }, 60_000);

  it('prints Letter at 612 x 792 pt', async () => {
    const pdf = await printer.print(renderSheetHtml(model({ options: { paper: 'Letter' } })), { paper: 'Letter' });
    expect(pdfInfo(pdf)['Page size']).toBe('612 x 792 pts (letter)');
  }, 30_000);

  it('runs no script: not inline, not from an event handler', async () => {
    const html = page(
      `<p>Visible text</p>
       <script>document.title = 'PWNED'; document.body.append('SCRIPT RAN');</script>
       <img src="x" onerror="document.title = 'PWNED'; document.body.append('ONERROR RAN')">
       <p><a href="javascript:alert(1)">link</a></p>`,
    );
    const pdf = await printer.print(html, { paper: 'A4' });
    expect(pdfInfo(pdf).Title).toBe('Original title');
    const text = pdfText(pdf);
    expect(text).toContain('Visible text');
    expect(text).not.toMatch(/SCRIPT RAN|ONERROR RAN/);
  }, 30_000);

  it('measures the laid-out sheet: a sheet that spills over says what to shorten', async () => {
    const long = 'A very long bio sentence that goes on and on about many things. '.repeat(60);
    const html = renderSheetHtml(model({ ambassador: { ...inputs().ambassador, shortBio: long.slice(0, 3800) } }));
    const report = await printer.measure!(html, { paper: 'A4' });
    expect(report.fits).toBe(false);
    expect(report.sheets[0]?.shorten[0]).toEqual({ field: 'bio', label: 'Short bio' });
    expect(report.sheets[0]?.message).toMatch(
      /^Olena's sheet is about \d+ mm too long for one page: shorten Short bio/,
    );
    expect(countPdfPages(await printer.print(html, { paper: 'A4' }))).toBe(2);
    const fitting = await printer.measure!(renderSheetHtml(model()), { paper: 'A4' });
    expect(fitting.fits).toBe(true);
  }, 30_000);

  it('queues prints on its one page', async () => {
    const pdfs = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        printer.print(page(`<p>Sheet number ${i}</p>`, `Sheet ${i}`), { paper: 'A4' }),
      ),
    );
    expect(pdfs.map((pdf) => pdfInfo(pdf).Title)).toEqual(['Sheet 0', 'Sheet 1', 'Sheet 2', 'Sheet 3', 'Sheet 4']);
  }, 30_000);

  it('explains how to install Chromium when there is none, and points to the browser’s own print', async () => {
    const missing = createChromiumPrinter({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    const error = await missing.print(page('x'), { paper: 'A4' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED' });
    expect((error as AppError).message).toBe(missingChromiumMessage({ CHROMIUM_PATH: '/nonexistent/chromium' }));
    expect((error as AppError).message).toMatch(
      /CHROMIUM_PATH is set to "\/nonexistent\/chromium".*apt install chromium.*Print > Save as PDF/,
    );
    expect(missingChromiumMessage({ PATH: '' })).toMatch(/No Chromium or Chrome was found/);
    await missing.close();
  });

  it('refuses to print after close', async () => {
    const closed = createChromiumPrinter({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    await closed.close();
    await expect(closed.print(page('x'), { paper: 'A4' })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });
});
