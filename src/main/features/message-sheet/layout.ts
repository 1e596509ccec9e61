/**
 * How large the sheet's type may be. A short sheet printed at the one standard size left the bottom third of
 * the page empty; a long one must still fit one page. The preview is made without a browser to measure in,
 * so the height is estimated from the texts (line by line, at each candidate scale) and the largest scale
 * whose estimate leaves a safety margin is used. The printed PDF still decides: an export whose larger type
 * spills onto a second page is printed again at the standard size (`SHEET_STANDARD_SCALE`).
 */
import type { SheetModel } from '../../../shared/features/message-sheet/model';
import { PAPER_SIZES } from '../../../shared/features/message-sheet/paper';

/** Largest first; 1 is the standard size every sheet was designed and tested at. */
export const SHEET_SCALES = [1.3, 1.2, 1.1, 1] as const;
export const SHEET_STANDARD_SCALE = 1;

/** Use a larger scale only when its estimate stays this far inside the page (measured against Chromium, the estimate runs 8 to 25 % high). */
const SAFETY = 0.95;
const PT_MM = 25.4 / 72;

/** Rough advance of one character in em: wide for CJK and other full-width scripts, narrow otherwise. */
function emWidth(text: string, bold: boolean): number {
  let total = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || code >= 0xac00;
    total += wide ? 1 : bold ? 0.53 : 0.49;
  }
  return total;
}

/** Height of a paragraph in mm: its lines (with some room for words that do not fill a line) times the line height. */
function paragraph(text: string, pt: number, lineHeight: number, widthMm: number, s: number, bold = false): number {
  if (text === '') return 0;
  const sizeMm = pt * PT_MM * s;
  const lines = Math.max(1, Math.ceil((emWidth(text, bold) * sizeMm * 1.05) / widthMm));
  return lines * sizeMm * lineHeight;
}

/** Chips wrap in a column: their widths (text plus padding and gap) laid out row by row. */
function chipRows(items: readonly string[], widthMm: number, s: number): number {
  if (items.length === 0) return 1;
  const sizeMm = 9.2 * PT_MM * s;
  let rows = 1;
  let used = 0;
  for (const item of items) {
    const w = Math.min(widthMm, emWidth(item, false) * sizeMm + 5.2);
    if (used > 0 && used + w > widthMm) {
      rows += 1;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/** The estimated height of the sheet's content at type scale `s`, in mm. */
export function estimateSheetHeightMm(model: SheetModel, s: number): number {
  const size = PAPER_SIZES[model.paper];
  const width = size.widthMm - 2 * size.marginMm;
  const heading = 8.2 * PT_MM * s * 1.42 + 1.2;
  const body = (text: string, pt: number, w = width, bold = false) => paragraph(text, pt, 1.42, w, s, bold);

  const masthead =
    Math.max(model.logo ? 15 * s : 0, body(model.campaign, 12 * 0.88, width - 70, true) + body(model.hashtag, 10.2)) +
    3.3;
  const textBeside = width - (model.photo ? 31 * s + 5 : 0);
  const identity = Math.max(
    model.photo ? 31 * s : 0,
    body('MESSAGE SHEET', 8) + paragraph(model.publicName, 22, 1.15, textBeside, s, true) + body('x', 10.5) + 0.8,
  );
  const umbrella = model.umbrella ? heading + paragraph(model.umbrella, 13, 1.3, width - 9.4, s, true) + 5.6 : 0;
  const messages =
    model.keyMessages.length === 0
      ? 0
      : heading +
        model.keyMessages.reduce(
          (sum, k) =>
            sum +
            Math.max(6, body(k.message, 10.8, width - 9, true) + body(k.proof ?? '', 9.8, width - 9)) +
            body(k.source ?? '', 8.6, width - 9) +
            2.2 * s,
          0,
        );
  const quotes =
    heading +
    model.quotes.reduce(
      (sum, q) => sum + body(q, 10.8, width - 9) + body(`— ${model.publicName}, ${model.role}`, 8.8) + 0.6 + 2.2 * s,
      0,
    );
  const column = (width - 8) / 3;
  const chipRow = 9.2 * PT_MM * s * 1.42 + 0.8 + 1.2;
  const facts =
    heading +
    chipRow *
      Math.max(...[model.languages, model.topicsWelcome, model.topicsDeclined].map((l) => chipRows(l, column, s)));
  const contact = 2.75 + heading + Math.max(2 * 8.6 * PT_MM * s * 1.42, body('x', 9.6));
  const gaps = 7 * 3.4 * s;
  return masthead + identity + body(model.bio, 10.4) + umbrella + messages + quotes + facts + contact + gaps;
}

/** The largest type scale the sheet is expected to fit at, or the standard one. */
export function sheetScale(model: SheetModel): number {
  const size = PAPER_SIZES[model.paper];
  const page = size.heightMm - 2 * size.marginMm - 3;
  return SHEET_SCALES.find((s) => estimateSheetHeightMm(model, s) <= page * SAFETY) ?? SHEET_STANDARD_SCALE;
}
