/**
 * Reading PDFs back in tests with poppler-utils (pdfinfo, pdftotext, pdffonts), the way a press contact's
 * tools would, plus a raw search of the bytes and of every inflated stream for a string in UTF-8, UTF-16BE
 * and UTF-16LE (metadata, outline titles, tags and anything else Chromium might write).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

function withFile<T>(bytes: Uint8Array, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'studio-pdf-inspect-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's fields, e.g. { Title, Author, Pages, 'Page size', Tagged, ... }. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (path) => execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }));
  const fields: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) fields[m[1]!.trim()] = m[2]!.trim();
  }
  return fields;
}

/** Page sizes in points, one per page (pdfinfo -f 1 -l N). */
export function pageSizes(bytes: Uint8Array): Array<{ width: number; height: number }> {
  const out = withFile(bytes, (path) => execFileSync('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' }));
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

export function pdfText(bytes: Uint8Array, options: { raw?: boolean; page?: number } = {}): string {
  const args = ['-enc', 'UTF-8'];
  if (options.raw) args.push('-raw');
  if (options.page !== undefined) args.push('-f', String(options.page), '-l', String(options.page));
  return withFile(bytes, (path) => execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' }));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const out = withFile(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object id: read from the right.
      const parts = line.trim().split(/\s+/);
      const uni = parts[parts.length - 3] === 'yes';
      const emb = parts[parts.length - 5] === 'yes';
      return { name: parts[0]!, type: parts.slice(1, parts.length - 6).join(' '), embedded: emb, unicode: uni };
    });
}

/** Removes bidi controls, joins lines and collapses whitespace, for comparing extracted with typed text. */
export function normaliseExtracted(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Same, without any whitespace at all (CJK lines break without spaces). */
export function compact(text: string): string {
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, '');
}

function utf16(value: string, littleEndian: boolean): Buffer {
  const out = Buffer.alloc(value.length * 2);
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (littleEndian) out.writeUInt16LE(code, i * 2);
    else out.writeUInt16BE(code, i * 2);
  }
  return out;
}

/** The file itself plus every stream that inflates (Flate), so compressed metadata is searched too. */
export function pdfLayers(bytes: Uint8Array): Buffer[] {
  const file = Buffer.from(bytes);
  const layers = [file];
  const source = file.toString('latin1');
  const pattern = /stream\r?\n/g;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const start = m.index + m[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    try {
      layers.push(inflateSync(file.subarray(start, end)));
    } catch {
      // Not Flate, or binary that is not a stream after all.
    }
    pattern.lastIndex = end;
  }
  return layers;
}

/** Whether a string occurs anywhere in the PDF's bytes or inflated streams, as UTF-8, UTF-16BE or UTF-16LE. */
export function pdfBytesContain(bytes: Uint8Array, needle: string): boolean {
  const forms = [Buffer.from(needle, 'utf8'), utf16(needle, false), utf16(needle, true)];
  return pdfLayers(bytes).some((layer) => forms.some((form) => layer.includes(form)));
}

/** Everything a reader could get out of the file: extracted text, pdfinfo fields, raw and inflated bytes. */
export function pdfMentions(bytes: Uint8Array, needle: string): string[] {
  const where: string[] = [];
  const lower = needle.toLowerCase();
  if (pdfText(bytes).toLowerCase().includes(lower)) where.push('text');
  if (Object.values(pdfInfo(bytes)).some((v) => v.toLowerCase().includes(lower))) where.push('pdfinfo');
  if (pdfBytesContain(bytes, needle)) where.push('bytes');
  return where;
}

/**
 * Every image in the PDF as `pdfimages -all` gives it back: a JPEG exactly as it was embedded (Chromium copies
 * JPEG bytes in unchanged), other images as PNG. Soft masks come out as images of their own.
 */
export function pdfImages(bytes: Uint8Array): Array<{ name: string; bytes: Uint8Array }> {
  return withFile(bytes, (path) => {
    const dir = dirname(path);
    execFileSync('pdfimages', ['-all', path, join(dir, 'image')]);
    return readdirSync(dir)
      .filter((name) => name.startsWith('image-'))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  });
}

/** A minimal, valid PDF with `pages` empty A4 pages and a classic xref table, built by hand. */
export function handMadePdf(pages: number, info = '/Title (Original) /Creator (Some Browser/1.0)'): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i} 0 R`).join(' ');
  objects.push(`<< ${info} >>`); // 1: Info
  objects.push('<< /Type /Catalog /Pages 3 0 R >>'); // 2: Root
  objects.push(`<< /Type /Pages /Count ${pages} /Kids [${kids}] >>`); // 3: Pages
  for (let i = 0; i < pages; i += 1) objects.push('<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>');
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 2 0 R /Info 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
