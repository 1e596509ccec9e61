/**
 * The two things the app needs to read and change in the PDFs Chromium (Skia) writes: how many pages there
 * are, and the document information. Deliberately small: Skia writes PDF 1.4 with a classic cross-reference
 * table and no object streams; anything else is refused rather than guessed at.
 */
import { PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFContext } from 'pdf-lib';
import { PdfFormatError, readPdf, writePdf } from './pdf-rewrite';

export { PdfFormatError };

const latin1 = new TextDecoder('latin1');

function text(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

/** The body of the newest `N 0 obj ... endobj` for an object number, or null. */
function objectBody(source: string, objectNumber: number): string | null {
  const pattern = new RegExp(`(?:^|[\\r\\n\\s])${objectNumber}\\s+0\\s+obj\\b`, 'g');
  let last = -1;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) last = m.index + m[0].length;
  if (last < 0) return null;
  const end = source.indexOf('endobj', last);
  return end < 0 ? null : source.slice(last, end);
}

interface Trailer {
  body: string;
  startxref: number;
}

/** The last trailer dictionary and the last startxref value. */
function lastTrailer(source: string): Trailer {
  const at = source.lastIndexOf('trailer');
  const sx = source.lastIndexOf('startxref');
  if (at < 0 || sx < 0 || sx < at)
    throw new PdfFormatError('This PDF has no classic trailer (cross-reference streams are not supported).');
  const startxref = Number(/startxref\s+(\d+)/.exec(source.slice(sx))?.[1]);
  if (!Number.isInteger(startxref)) throw new PdfFormatError('This PDF has no startxref.');
  return { body: source.slice(at + 'trailer'.length, sx), startxref };
}

function refIn(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

/**
 * Counts pages: the page tree's /Count must agree with the number of /Type /Page objects, otherwise the file
 * is not one we understand and an error is thrown (never a guess).
 */
export function countPdfPages(bytes: Uint8Array): number {
  const source = text(bytes);
  if (!source.startsWith('%PDF-')) throw new PdfFormatError('This is not a PDF file.');
  if (/\/Type\s*\/ObjStm\b/.test(source))
    throw new PdfFormatError('This PDF keeps objects in compressed streams; its pages cannot be counted here.');
  const pageObjects = (source.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  const trailer = lastTrailer(source);
  const rootNumber = refIn(trailer.body, 'Root');
  const root = rootNumber === null ? null : objectBody(source, rootNumber);
  const pagesNumber = root === null ? null : refIn(root, 'Pages');
  const pages = pagesNumber === null ? null : objectBody(source, pagesNumber);
  const count = pages === null ? NaN : Number(/\/Count\s+(\d+)/.exec(pages)?.[1]);
  if (!Number.isInteger(count)) throw new PdfFormatError('This PDF has no page tree count.');
  if (count !== pageObjects)
    throw new PdfFormatError(`This PDF's page tree says ${count} pages but it has ${pageObjects}.`);
  return count;
}

export interface PdfInfo {
  title: string;
  author: string;
  creator: string;
  producer: string;
}

/** The Info dictionary the trailer names, if it is one. */
function infoOf(context: PDFContext): { ref: PDFRef | null; dict: PDFDict | null } {
  const info = context.trailerInfo.Info;
  const ref = info instanceof PDFRef ? info : null;
  const dict = ref ? context.lookup(ref) : info;
  return { ref, dict: dict instanceof PDFDict ? dict : null };
}

/**
 * Sets the document information and writes the PDF out whole. An incremental update would leave Chromium's own
 * Info (Creator: the headless browser's user agent, Producer: Skia) in the file for anyone to read; here the old
 * dictionary, and any XMP metadata repeating it, are gone from the bytes. Chromium's dates are kept; pages, tags
 * (the structure tree) and the outline are the same objects, written again.
 */
export function setPdfInfo(bytes: Uint8Array, info: PdfInfo): Uint8Array {
  let context: PDFContext;
  try {
    context = readPdf(bytes);
  } catch (error) {
    if (error instanceof PdfFormatError) throw error;
    throw new PdfFormatError(`This PDF could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  const old = infoOf(context);
  const fresh = context.obj({});
  const text = (key: string, value: string) => fresh.set(PDFName.of(key), PDFHexString.fromText(value));
  text('Title', info.title);
  text('Author', info.author);
  text('Creator', info.creator);
  text('Producer', info.producer);
  for (const key of ['CreationDate', 'ModDate']) {
    const date = old.dict?.get(PDFName.of(key));
    if (date instanceof PDFString || date instanceof PDFHexString) fresh.set(PDFName.of(key), date);
  }
  if (old.ref) context.assign(old.ref, fresh);
  else context.trailerInfo.Info = context.register(fresh);

  const catalog = context.lookup(context.trailerInfo.Root);
  if (catalog instanceof PDFDict) {
    const metadata = catalog.get(PDFName.of('Metadata'));
    if (metadata instanceof PDFRef) context.delete(metadata);
    catalog.delete(PDFName.of('Metadata'));
  }
  return writePdf(context);
}
