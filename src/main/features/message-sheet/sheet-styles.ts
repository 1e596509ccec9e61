/**
 * The print CSS of every sheet, press-pack cover and house picture: page size and margins, the system Noto
 * fonts, and the sheet's type scale. Type sizes and gaps are multiplied by `--s`, set per sheet
 * (`layout.ts` picks it), so a short sheet prints in larger type instead of leaving the bottom of the page
 * empty; whatever space is still left is shared between the blocks rather than piled above the footer.
 */
import { PAPER_SIZES, type Paper } from '../../../shared/features/message-sheet/paper';

/**
 * System fonts only. Noto covers Latin, Cyrillic and Greek ("Noto Sans"), Arabic and Farsi, Hebrew, Ethiopic
 * (Tigrinya, Amharic), Devanagari and CJK; Chromium falls back per character down this list.
 * Arabic script uses Noto Naskh Arabic first: Noto Sans Arabic draws lam-alef and similar pairs as single
 * ligature glyphs whose text comes back reversed from PDF text extraction ("لا" as "ال"), and a press
 * contact copying a name or quote out of the PDF must get what the ambassador typed.
 */
export const SHEET_FONT_STACK = [
  '"Noto Sans"',
  '"Noto Naskh Arabic"',
  '"Noto Sans Arabic"',
  '"Noto Sans Hebrew"',
  '"Noto Sans Ethiopic"',
  '"Noto Sans Devanagari"',
  '"Noto Sans Bengali"',
  '"Noto Sans CJK SC"',
  '"Noto Sans CJK JP"',
  '"Noto Sans CJK KR"',
  'sans-serif',
].join(', ');

/** An attribute-safe number (the template writes no other unescaped values). */
export function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

/** `calc(<size> * var(--s))`: a size that grows with the sheet's type scale. */
const s = (size: string) => `calc(${size} * var(--s))`;

export function sheetStyles(paper: Paper): string {
  const size = PAPER_SIZES[paper];
  const content = size.heightMm - 2 * size.marginMm;
  return `
@page { size: ${paper === 'A4' ? 'A4' : 'letter'} portrait; margin: ${size.marginMm}mm; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #1f2933; background: #ffffff;
  font-family: ${SHEET_FONT_STACK};
  font-size: 10.2pt; line-height: 1.42;
  font-kerning: normal; hyphens: manual; overflow-wrap: anywhere;
  /* Optional ligatures (fi, fl, Naskh's Allah ligature) extract from the PDF as other text; required ones stay. */
  font-variant-ligatures: no-common-ligatures no-discretionary-ligatures;
}
h1, h2, p, ol, ul, blockquote, figure { margin: 0; padding: 0; }
.paper { background: #ffffff; }
.sheet {
  --s: 1; font-size: ${s('10.2pt')};
  display: flex; flex-direction: column; gap: ${s('3.4mm')}; min-height: ${num(content - 3)}mm;
}
.sheet:not(.cover) { justify-content: space-between; }
/* On the cover the footer sits at the foot of the page; on a sheet the free space is shared out instead. */
.sheet:not(.cover) .contact { margin-top: 0; }
.masthead { display: flex; align-items: center; gap: 4mm; padding-bottom: 2.6mm; border-bottom: 0.7mm solid #2a9d8f; }
.logo { max-height: ${s('15mm')}; max-width: 42mm; object-fit: contain; flex: none; }
.campaign { flex: 1 1 auto; min-width: 0; }
.campaign-name { font-size: ${s('12pt')}; font-weight: 700; color: #1d3557; line-height: 1.25; }
.hashtag { color: #1f7a70; font-weight: 600; }
.org { flex: 0 1 auto; max-width: 62mm; text-align: end; font-size: ${s('8.8pt')}; color: #52606d; }
.identity { display: flex; align-items: center; gap: 5mm; }
.photo { width: ${s('31mm')}; height: ${s('31mm')}; object-fit: cover; border-radius: 3mm; flex: none; background: #f1f3f5; }
.kicker { font-size: ${s('8pt')}; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #1f7a70; }
h1 { font-size: ${s('22pt')}; line-height: 1.15; color: #1d3557; font-weight: 700; }
.meta { color: #3e4c59; font-size: ${s('10.5pt')}; margin-top: 0.8mm; }
.meta .sep { color: #9aa5b1; padding: 0 1.6mm; }
.bio { font-size: ${s('10.4pt')}; }
h2 { font-size: ${s('8.2pt')}; font-weight: 700; letter-spacing: 0.07em; text-transform: uppercase; color: #52606d; margin-bottom: 1.2mm; }
.umbrella { background: #e8f4f2; border-inline-start: 1.4mm solid #2a9d8f; padding: 2.6mm 4mm 3mm; border-radius: 1mm; }
.umbrella p { font-size: ${s('13pt')}; font-weight: 600; color: #1d3557; line-height: 1.3; }
.messages { list-style: none; display: flex; flex-direction: column; gap: ${s('2.2mm')}; counter-reset: key; }
.messages li { counter-increment: key; display: grid; grid-template-columns: 7mm 1fr; column-gap: 2mm; }
.messages li::before {
  content: counter(key); grid-row: 1 / span 3; width: 6mm; height: 6mm; border-radius: 50%;
  background: #1d3557; color: #ffffff; font-weight: 700; font-size: 9pt; text-align: center; line-height: 6mm;
}
.message { font-weight: 700; font-size: ${s('10.8pt')}; color: #1d3557; }
.proof { color: #3e4c59; font-size: ${s('9.8pt')}; }
.source { color: #52606d; font-size: ${s('8.6pt')}; font-style: italic; }
.quotes { display: flex; flex-direction: column; gap: ${s('2.2mm')}; }
blockquote { display: grid; grid-template-columns: 7mm 1fr; column-gap: 2mm; }
blockquote::before { content: "\\201C"; grid-row: 1 / span 2; font-size: 24pt; line-height: 1; color: #2a9d8f; font-weight: 700; }
blockquote p { font-size: ${s('10.8pt')}; color: #1d3557; }
blockquote .attribution { font-size: ${s('8.8pt')}; color: #52606d; margin-top: 0.6mm; }
.facts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 4mm; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 1.2mm; }
.chips li { background: #f1f3f5; border-radius: 1.4mm; padding: 0.4mm 2mm; font-size: ${s('9.2pt')}; }
.declined li { background: #fdecea; color: #7a1f16; }
.none { color: #7b8794; font-size: ${s('9.2pt')}; }
.contact { margin-top: auto; border-top: 0.35mm solid #cbd2d9; padding-top: 2.4mm; display: flex; gap: 6mm; align-items: flex-start; }
.contact .who { flex: 1 1 auto; min-width: 0; }
.contact .line { font-size: ${s('9.6pt')}; }
.contact .line .sep { color: #9aa5b1; padding: 0 1.4mm; }
.dates { flex: 0 1 auto; text-align: end; font-size: ${s('8.6pt')}; color: #52606d; }
.cover h1 { font-size: 26pt; margin-top: 8mm; }
.cover .lead { font-size: 12pt; color: #3e4c59; margin-top: 2mm; }
.roster { list-style: none; display: flex; flex-direction: column; }
.roster li {
  display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 4mm; align-items: baseline;
  padding: 1.3mm 0; border-bottom: 0.25mm solid #e4e7eb; break-inside: avoid;
}
.roster-name { font-weight: 700; color: #1d3557; font-size: 11pt; }
.roster-role { color: #3e4c59; padding-inline-start: 2mm; }
.roster-page { color: #52606d; font-variant-numeric: tabular-nums; }
.note { font-size: 9pt; color: #52606d; }
@media screen {
  body { background: #dde1e6; padding: 6mm 0; }
  .paper {
    position: relative; width: ${num(size.widthMm)}mm; min-height: ${num(size.heightMm)}mm; padding: ${num(size.marginMm)}mm;
    margin: 0 auto 6mm; box-shadow: 0 0.4mm 2mm rgba(15, 23, 42, 0.25); overflow: hidden;
  }
  /* The page grows with its content, so nothing is ever cut; this marker sits just below a page that fits
     (clipped away) and shows where the page ends on one that does not. */
  .paper::before {
    content: ""; position: absolute; left: 0; right: 0; top: ${num(size.heightMm)}mm; border-top: 0.6mm dashed #c92a2a;
  }
  .paper::after {
    content: "Page ends here: this does not fit on one page"; position: absolute; right: 4mm; top: ${num(size.heightMm + 0.8)}mm;
    background: #fff5f5; border: 0.3mm solid #c92a2a; border-radius: 1mm; padding: 0.3mm 1.6mm;
    color: #c92a2a; font-size: 7.5pt; font-weight: 700;
  }
}
@media print {
  .paper { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
  .paper + .paper { break-before: page; }
  .messages li, blockquote { break-inside: avoid; }
}
`;
}
