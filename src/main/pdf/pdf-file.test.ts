import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSheetModel } from '../../shared/features/message-sheet/model';
import { inputs } from '../../shared/features/message-sheet/fixtures.test-support';
import { renderSheetHtml } from '../features/message-sheet/html';
import { createChromiumPrinter } from './chromium-printer';
import { describeWithTools } from '../test-support/required-tools';
import { countPdfPages, PdfFormatError, setPdfInfo } from './pdf-file';
import { handMadePdf, pageSizes, pdfBytesContain, pdfInfo, pdfText } from './pdf-inspect.test-support';
import type { PdfPrinter } from './printer';

const INFO = {
  title: 'Message sheet - Олена (林) 😀',
  author: 'Harbour Voices (demo)',
  creator: 'Ambassador Studio',
  producer: 'Ambassador Studio (Chromium PDF)',
};

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const occurrences = (bytes: Uint8Array, word: string) => latin1(bytes).split(word).length - 1;

/** pdfinfo -struct-text: the tagged structure with its text, as a screen reader would get it. */
function structure(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'studio-pdf-struct-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), bytes);
    return execFileSync('pdfinfo', ['-struct-text', join(dir, 'doc.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('countPdfPages', () => {
  it('counts pages from the page tree and the page objects', () => {
    expect(countPdfPages(handMadePdf(1))).toBe(1);
    expect(countPdfPages(handMadePdf(13))).toBe(13);
    expect(pdfInfo(handMadePdf(3)).Pages).toBe('3');
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => countPdfPages(new TextEncoder().encode('<html>'))).toThrow(PdfFormatError);
    const objStm = new TextEncoder().encode(
      `${new TextDecoder().decode(handMadePdf(1))}\n5 0 obj << /Type /ObjStm >> endobj`,
    );
    expect(() => countPdfPages(objStm)).toThrow(/compressed streams/);
    const lying = new TextEncoder().encode(new TextDecoder().decode(handMadePdf(2)).replace('/Count 2', '/Count 1'));
    expect(() => countPdfPages(lying)).toThrow(/says 1 pages but it has 2/);
  });
});

describe('setPdfInfo', () => {
  it('writes the PDF whole: one revision, the new information, nothing of the old', () => {
    const original = handMadePdf(2);
    const updated = setPdfInfo(original, INFO);
    expect(pdfInfo(updated)).toMatchObject({
      Title: INFO.title,
      Author: INFO.author,
      Creator: INFO.creator,
      Producer: INFO.producer,
      Pages: '2',
    });
    expect(countPdfPages(updated)).toBe(2);
    // No incremental update: one cross-reference table, one trailer, one end of file, no /Prev.
    for (const word of ['\nxref', 'trailer', 'startxref', '%%EOF']) expect(occurrences(updated, word), word).toBe(1);
    expect(latin1(updated)).not.toContain('/Prev');
    for (const gone of ['Some Browser', 'Original']) expect(pdfBytesContain(updated, gone), gone).toBe(false);
    // Setting it again replaces it again.
    const twice = setPdfInfo(updated, { ...INFO, title: 'Second' });
    expect(pdfInfo(twice).Title).toBe('Second');
    expect(pdfBytesContain(twice, INFO.title)).toBe(false);
  });

  it('drops XMP metadata that would repeat the old creator', () => {
    const source = latin1(handMadePdf(1));
    const xmp = '<x:xmpmeta><xmp:CreatorTool>Some Browser/1.0</xmp:CreatorTool></x:xmpmeta>';
    // The same hand-made file with a Metadata stream as object 5, named by the catalog.
    const body = source
      .slice(0, source.indexOf('xref'))
      .replace('<< /Type /Catalog /Pages 3 0 R >>', '<< /Type /Catalog /Pages 3 0 R /Metadata 5 0 R >>');
    const withXmp = `${body}5 0 obj\n<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>\nstream\n${xmp}\nendstream\nendobj\n`;
    const offsets = [...withXmp.matchAll(/(\d+) 0 obj/g)].map((m) => m.index);
    const xref = `xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
    const pdf = Buffer.from(
      `${withXmp}${xref}trailer\n<< /Size 6 /Root 2 0 R /Info 1 0 R >>\nstartxref\n${withXmp.length}\n%%EOF\n`,
      'latin1',
    );
    expect(pdfInfo(pdf)['Metadata Stream']).toBe('yes');
    const updated = setPdfInfo(pdf, INFO);
    expect(pdfInfo(updated)['Metadata Stream']).toBe('no');
    expect(pdfBytesContain(updated, 'Some Browser')).toBe(false);
    expect(pdfBytesContain(updated, 'xmpmeta')).toBe(false);
  });

  it('refuses a file it cannot read', () => {
    expect(() => setPdfInfo(new TextEncoder().encode('<html>'), INFO)).toThrow(PdfFormatError);
    const noXref = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n');
    expect(() => setPdfInfo(noXref, INFO)).toThrow(/no classic cross-reference table/);
  });
});

describeWithTools(['chromium', 'poppler-utils'], 'setPdfInfo on a sheet Chromium printed', () => {
  let printer: PdfPrinter;
  let raw: Uint8Array;
  beforeAll(async () => {
    printer = createChromiumPrinter({ idleMs: 0 });
    const built = buildSheetModel(inputs());
    if (!built.ok) throw new Error(built.refusal.message);
    raw = await printer.print(renderSheetHtml(built.model), { paper: 'A4' });
  }, 60_000);
  afterAll(async () => {
    await printer.close();
  });

  it('leaves no trace of the headless browser anywhere in the bytes, inflated streams included', () => {
    const before = pdfInfo(raw);
    expect(before.Creator).toMatch(/HeadlessChrome/);
    expect(before.Producer).toMatch(/Skia/);
    const started = performance.now();
    const done = setPdfInfo(raw, INFO);
    const elapsed = performance.now() - started;
    for (const needle of ['HeadlessChrome', 'Skia', 'Mozilla/5.0', before.Creator!, before.Producer!]) {
      expect(pdfBytesContain(done, needle), needle).toBe(false);
    }
    expect(pdfInfo(done)).toMatchObject({ Title: INFO.title, Creator: INFO.creator, Producer: INFO.producer });
    // The sheet budget is 300 ms for everything; this step is a small part of it.
    expect(elapsed).toBeLessThan(150);
  });

  it('keeps the pages, the text, the tags and the outline Chromium wrote', () => {
    const done = setPdfInfo(raw, INFO);
    expect(pdfInfo(done)).toMatchObject({
      Tagged: 'yes',
      Pages: pdfInfo(raw).Pages,
      'Page size': pdfInfo(raw)['Page size'],
    });
    expect(countPdfPages(done)).toBe(countPdfPages(raw));
    expect(pageSizes(done)).toEqual(pageSizes(raw));
    expect(pdfText(done)).toBe(pdfText(raw));
    const tags = structure(raw);
    expect(tags).toMatch(/Document|Sect|H1|P/);
    expect(structure(done)).toBe(tags);
    expect(latin1(raw)).toContain('/Outlines');
    expect(latin1(done)).toContain('/Outlines');
    expect(occurrences(done, '/Title')).toBe(occurrences(raw, '/Title'));
  });
});
