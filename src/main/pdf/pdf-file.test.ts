import { describe, expect, it } from 'vitest';
import { countPdfPages, pdfString, PdfFormatError, setPdfInfo } from './pdf-file';
import { handMadePdf, pdfInfo } from './pdf-inspect.test-support';

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
  it('appends an incremental update that readers take as the document information', () => {
    const original = handMadePdf(2);
    const updated = setPdfInfo(original, {
      title: 'Message sheet - Олена (林)',
      author: 'Harbour Voices (demo)',
      creator: 'Ambassador Studio',
      producer: 'Ambassador Studio (Chromium PDF)',
    });
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const info = pdfInfo(updated);
    expect(info).toMatchObject({
      Title: 'Message sheet - Олена (林)',
      Author: 'Harbour Voices (demo)',
      Creator: 'Ambassador Studio',
      Producer: 'Ambassador Studio (Chromium PDF)',
      Pages: '2',
    });
    expect(countPdfPages(updated)).toBe(2);
  });

  it('writes PDF strings safely', () => {
    expect(pdfString('a (b) c\\d')).toBe('(a \\(b\\) c\\\\d)');
    expect(pdfString('é')).toBe('<FEFF00E9>');
    expect(pdfString('😀')).toBe('<FEFFD83DDE00>');
  });
});
