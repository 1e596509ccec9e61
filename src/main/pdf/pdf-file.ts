/**
 * The two things the app needs to read and change in the PDFs Chromium (Skia) writes: how many pages there
 * are, and the document information dictionary. Deliberately small: Skia writes PDF 1.4 with a classic
 * cross-reference table and no object streams; anything else is refused rather than guessed at.
 */

const latin1 = new TextDecoder('latin1');
const ascii = new TextEncoder();

export class PdfFormatError extends Error {}

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

/** A PDF text string: plain ASCII as a literal, anything else as UTF-16BE with a byte-order mark. */
export function pdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, (ch) => `\\${ch}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < value.length; i += 1) hex += value.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export interface PdfInfo {
  title: string;
  author: string;
  creator: string;
  producer: string;
}

/**
 * Sets the document information dictionary by appending an incremental update (a new Info object, a
 * cross-reference section for it and a trailer pointing back at the old one), so nothing Chromium wrote is
 * moved. The dates Chromium wrote are kept.
 */
export function setPdfInfo(bytes: Uint8Array, info: PdfInfo): Uint8Array {
  const source = text(bytes);
  const trailer = lastTrailer(source);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer.body)?.[1]);
  const root = /\/Root\s+\d+\s+0\s+R/.exec(trailer.body)?.[0];
  if (!Number.isInteger(size) || !root) throw new PdfFormatError('This PDF trailer has no /Size or /Root.');
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer.body)?.[0] ?? '';
  const oldInfoNumber = refIn(trailer.body, 'Info');
  const oldInfo = oldInfoNumber === null ? '' : (objectBody(source, oldInfoNumber) ?? '');
  const dates = ['CreationDate', 'ModDate']
    .map((key) => new RegExp(`/${key}\\s*\\([^)]*\\)`).exec(oldInfo)?.[0] ?? '')
    .filter(Boolean)
    .join('\n');

  const number = size;
  const needsNewline = bytes[bytes.length - 1] !== 0x0a;
  const objectOffset = bytes.length + (needsNewline ? 1 : 0);
  const object =
    `${number} 0 obj\n<</Title ${pdfString(info.title)}\n/Author ${pdfString(info.author)}\n` +
    `/Creator ${pdfString(info.creator)}\n/Producer ${pdfString(info.producer)}${dates ? `\n${dates}` : ''}>>\nendobj\n`;
  const xrefOffset = objectOffset + ascii.encode(object).length;
  const update =
    `${needsNewline ? '\n' : ''}${object}xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${number + 1}\n${root}\n/Info ${number} 0 R\n/Prev ${trailer.startxref}${id ? `\n${id}` : ''}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const tail = ascii.encode(update);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes, 0);
  out.set(tail, bytes.length);
  return out;
}
