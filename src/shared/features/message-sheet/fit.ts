/**
 * Does the sheet fit on one page? The template marks every sheet (`[data-sheet]`) with the height it may use
 * (`data-content-height-px`, the page minus its margins) and every block of user text with `data-field` and
 * `data-label`. Measuring the laid-out document answers in a few milliseconds, before anything is printed.
 *
 * In the renderer (the preview is an `<iframe sandbox="allow-same-origin" srcdoc={html}>`, no scripts):
 *
 *   iframe.addEventListener('load', async () => {
 *     const doc = iframe.contentDocument;
 *     await doc.fonts.ready;                      // measure with the real fonts
 *     const report = measureSheetFit(doc);         // { fits, sheets: [{ overflowMm, shorten, message }] }
 *   });
 *
 * The preview shows `report.sheets[0].message` when `fits` is false. Printing checks again for real: the
 * PDF's page count decides, and an export that would spill onto a second page is refused.
 */
import { PX_PER_MM } from './paper';

/** The few DOM members the measurement reads, so this file needs no DOM types and runs anywhere. */
export interface FitRect {
  top: number;
  bottom: number;
}
export interface FitElement {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): FitRect;
  querySelectorAll(selector: string): ArrayLike<FitElement>;
}
export interface FitDocument {
  querySelectorAll(selector: string): ArrayLike<FitElement>;
}

export interface BlockBox {
  field: string;
  label: string;
  /** Top and bottom relative to the top of the sheet, in CSS px. */
  top: number;
  bottom: number;
}

export interface SheetBox {
  index: number;
  name: string;
  /** Height available on one page (the page minus its margins), in CSS px. */
  limitPx: number;
  /** Height the sheet's content takes, in CSS px. */
  heightPx: number;
  blocks: BlockBox[];
}

/**
 * Reads the boxes from a laid-out sheet document. Self-contained (no helpers, no inner named functions)
 * so that it can also be serialised into a page by the Chromium printer.
 */
export function collectSheetBoxes(doc: FitDocument): SheetBox[] {
  const out: SheetBox[] = [];
  const sheets = doc.querySelectorAll('[data-sheet]');
  for (let i = 0; i < sheets.length; i += 1) {
    const sheet = sheets[i]!;
    const rect = sheet.getBoundingClientRect();
    const blocks: BlockBox[] = [];
    const nodes = sheet.querySelectorAll('[data-field]');
    for (let j = 0; j < nodes.length; j += 1) {
      const node = nodes[j]!;
      const box = node.getBoundingClientRect();
      blocks.push({
        field: node.getAttribute('data-field') ?? '',
        label: node.getAttribute('data-label') ?? '',
        top: box.top - rect.top,
        bottom: box.bottom - rect.top,
      });
    }
    out.push({
      index: Number(sheet.getAttribute('data-sheet')),
      name: sheet.getAttribute('data-sheet-name') ?? '',
      limitPx: Number(sheet.getAttribute('data-content-height-px')),
      heightPx: rect.bottom - rect.top,
      blocks,
    });
  }
  return out;
}

export interface SheetFit {
  index: number;
  name: string;
  fits: boolean;
  /** How much too long, in CSS px and mm (0 when it fits). */
  overflowPx: number;
  overflowMm: number;
  /** Blocks to shorten, largest first: the ones that end past the page end, then other long ones. */
  shorten: Array<{ field: string; label: string }>;
  /** Plain sentence for the preview, e.g. "About 14 mm too long for one page: shorten Short bio or Quote 2." */
  message: string;
}

export interface FitReport {
  fits: boolean;
  sheets: SheetFit[];
}

/** Half a millimetre of slack, so rounding in layout never refuses a sheet that prints on one page. */
const TOLERANCE_PX = 2;

/** Fields a person can shorten; the name, languages and topics are short lists already. */
const SHORTENABLE = /^(bio|umbrella|keyMessages\.\d+\.(message|proof|source)|quotes\.\d+)$/;

export function isShortenableField(field: string): boolean {
  return SHORTENABLE.test(field);
}

export function listWords(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

export function fitReport(boxes: readonly SheetBox[]): FitReport {
  const sheets = boxes.map((box): SheetFit => {
    const overflowPx = Math.max(0, box.heightPx - box.limitPx);
    const fits = overflowPx <= TOLERANCE_PX;
    if (fits) return { index: box.index, name: box.name, fits, overflowPx: 0, overflowMm: 0, shorten: [], message: '' };
    const candidates = box.blocks
      .filter((b) => SHORTENABLE.test(b.field))
      .map((b) => ({ ...b, height: b.bottom - b.top }))
      .sort((a, b) => b.height - a.height);
    const shorten = candidates.slice(0, 3).map(({ field, label }) => ({ field, label }));
    const mm = Math.max(1, Math.ceil(overflowPx / PX_PER_MM));
    const quotes = box.blocks.filter((b) => b.field.startsWith('quotes.')).length;
    const fewer = quotes > 1 ? ', or choose fewer quotes' : '';
    const what =
      shorten.length > 0 ? `shorten ${listWords(shorten.map((s) => s.label))}${fewer}` : 'shorten the longest texts';
    const who = box.name ? `${box.name}'s sheet is` : 'The sheet is';
    return {
      index: box.index,
      name: box.name,
      fits,
      overflowPx,
      overflowMm: mm,
      shorten,
      message: `${who} about ${mm} mm too long for one page: ${what}.`,
    };
  });
  return { fits: sheets.every((s) => s.fits), sheets };
}

/** For the preview: measure the laid-out sheet document (wait for `document.fonts.ready` first). */
export function measureSheetFit(doc: FitDocument): FitReport {
  return fitReport(collectSheetBoxes(doc));
}
