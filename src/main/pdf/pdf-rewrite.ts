/**
 * Reading a PDF into pdf-lib's object model and writing it out whole, synchronously. pdf-lib's own
 * PDFDocument.load and save are asynchronous (they yield to the event loop between objects); the sheet service
 * finishes a PDF in a plain function, and the PDFs here are small and come from Chromium (Skia: a classic
 * cross-reference table, no object streams), so the same parser and serialiser classes are driven directly.
 */
import {
  PDFContext,
  PDFCrossRefSection,
  PDFDict,
  PDFHeader,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRef,
  PDFTrailer,
  PDFTrailerDict,
  type PDFObject,
} from 'pdf-lib';

export class PdfFormatError extends Error {}

const latin1 = new TextDecoder('latin1');

interface XrefEntry {
  offset: number;
  generation: number;
}

/** Every cross-reference section from the newest back along /Prev; newer entries win, free ones hide older. */
function readXref(
  source: string,
  bytes: Uint8Array,
  context: PDFContext,
): { entries: Map<number, XrefEntry | null>; trailer: PDFDict } {
  const startxref = Number(/startxref\s+(\d+)\s*%%EOF\s*$/u.exec(source.slice(-1024))?.[1]);
  if (!Number.isInteger(startxref)) throw new PdfFormatError('This PDF has no startxref.');
  const entries = new Map<number, XrefEntry | null>();
  let newest: PDFDict | null = null;
  const seen = new Set<number>();
  for (let at: number | null = startxref; at !== null;) {
    if (seen.has(at)) throw new PdfFormatError('This PDF’s cross-reference sections loop.');
    seen.add(at);
    if (!source.startsWith('xref', at))
      throw new PdfFormatError(
        'This PDF has no classic cross-reference table (cross-reference streams are not supported).',
      );
    const trailerAt = source.indexOf('trailer', at);
    if (trailerAt < 0) throw new PdfFormatError('This PDF has no trailer.');
    const lines = source
      .slice(at + 4, trailerAt)
      .trim()
      .split(/\r\n|\r|\n/u);
    let number = 0;
    for (const line of lines) {
      const parts = line.trim().split(/\s+/u);
      if (parts.length === 2) {
        number = Number(parts[0]);
      } else if (parts.length === 3) {
        if (!entries.has(number)) {
          entries.set(number, parts[2] === 'n' ? { offset: Number(parts[0]), generation: Number(parts[1]) } : null);
        }
        number += 1;
      }
    }
    const trailer = PDFObjectParser.forBytes(bytes.subarray(trailerAt + 'trailer'.length), context).parseObject();
    if (!(trailer instanceof PDFDict)) throw new PdfFormatError('This PDF’s trailer is not a dictionary.');
    newest ??= trailer;
    const prev = trailer.get(PDFName.of('Prev'));
    at = prev instanceof PDFNumber ? prev.asNumber() : null;
  }
  if (!newest) throw new PdfFormatError('This PDF has no trailer.');
  return { entries, trailer: newest };
}

/** Every object the newest cross-reference names, and the trailer's Root, Info and ID. */
export function readPdf(bytes: Uint8Array): PDFContext {
  const source = latin1.decode(bytes);
  if (!source.startsWith('%PDF-')) throw new PdfFormatError('This is not a PDF file.');
  const context = PDFContext.create();
  const { entries, trailer } = readXref(source, bytes, context);
  for (const [number, entry] of entries) {
    if (entry === null || number === 0) continue;
    const header = /^\s*(\d+)\s+(\d+)\s+obj\b/u.exec(source.slice(entry.offset, entry.offset + 40));
    if (!header || Number(header[1]) !== number)
      throw new PdfFormatError(`This PDF’s cross-reference table points object ${number} to the wrong place.`);
    const parser = PDFObjectParser.forBytes(bytes.subarray(entry.offset + header[0].length), context);
    context.assign(PDFRef.of(number, entry.generation), parser.parseObject());
  }
  const root = trailer.get(PDFName.of('Root'));
  if (!(root instanceof PDFRef)) throw new PdfFormatError('This PDF has no document catalog.');
  context.trailerInfo.Root = root;
  context.trailerInfo.Info = trailer.get(PDFName.of('Info'));
  context.trailerInfo.ID = trailer.get(PDFName.of('ID'));
  return context;
}

function put(buffer: Uint8Array, offset: number, text: string): number {
  for (let i = 0; i < text.length; i += 1) buffer[offset + i] = text.charCodeAt(i);
  return text.length;
}

/** One revision: header, objects, one cross-reference table, trailer. Nothing of an earlier revision survives. */
export function writePdf(context: PDFContext): Uint8Array {
  const header = PDFHeader.forVersion(1, 4);
  const objects = context.enumerateIndirectObjects();
  const xref = PDFCrossRefSection.create();
  const heads = objects.map(([ref]) => `${ref.objectNumber} ${ref.generationNumber} obj\n`);
  let size = header.sizeInBytes() + 2;
  objects.forEach(([ref, object], i) => {
    xref.addEntry(ref, size);
    size += heads[i]!.length + object.sizeInBytes() + '\nendobj\n\n'.length;
  });
  const xrefOffset = size;
  const trailerDict = PDFTrailerDict.of(trailerOf(context));
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  size += xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes();

  const buffer = new Uint8Array(size);
  let offset = header.copyBytesInto(buffer, 0);
  offset += put(buffer, offset, '\n\n');
  objects.forEach(([, object], i) => {
    offset += put(buffer, offset, heads[i]!);
    offset += object.copyBytesInto(buffer, offset);
    offset += put(buffer, offset, '\nendobj\n\n');
  });
  offset += xref.copyBytesInto(buffer, offset);
  offset += put(buffer, offset, '\n');
  offset += trailerDict.copyBytesInto(buffer, offset);
  offset += put(buffer, offset, '\n\n');
  offset += trailer.copyBytesInto(buffer, offset);
  if (offset !== size) throw new PdfFormatError(`The PDF came out ${offset} bytes long instead of ${size}.`);
  return buffer;
}

function trailerOf(context: PDFContext): PDFDict {
  const dict = context.obj({});
  dict.set(PDFName.of('Size'), PDFNumber.of(context.largestObjectNumber + 1));
  const { Root, Info, ID } = context.trailerInfo;
  const entries: Array<[string, PDFObject | undefined]> = [
    ['Root', Root],
    ['Info', Info],
    ['ID', ID],
  ];
  for (const [key, value] of entries) if (value) dict.set(PDFName.of(key), value);
  return dict;
}
