/**
 * Print CSS of the prep card: the message sheet's page sizes and system Noto fonts, every type size and gap
 * multiplied by `scale` so a long request is printed again in smaller type instead of running onto a second page.
 */
import { PAPER_SIZES, type Paper } from '../../../../shared/features/message-sheet/paper';
import { SHEET_FONT_STACK } from '../../message-sheet/sheet-styles';

export function prepCardStyles(paper: Paper, scale: number): string {
  const { marginMm } = PAPER_SIZES[paper];
  const pt = (size: number) => `${(size * scale).toFixed(2)}pt`;
  const mm = (size: number) => `${(size * scale).toFixed(2)}mm`;
  return `@page { size: ${paper === 'A4' ? 'A4' : 'letter'} portrait; margin: ${marginMm}mm; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html, body { margin: 0; padding: 0; }
body { font-family: ${SHEET_FONT_STACK}; color: #1f2933; font-size: ${pt(10)}; line-height: 1.35; overflow-wrap: anywhere;
  font-variant-ligatures: no-common-ligatures no-discretionary-ligatures; }
h1, h2, h3, p, ul, ol, dl, dd { margin: 0; padding: 0; }
.card { display: flex; flex-direction: column; gap: ${mm(3.2)}; }
.top { border-bottom: 0.7mm solid #b42318; padding-bottom: ${mm(2)}; }
.kicker { font-size: ${pt(9)}; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #b42318; }
h1 { font-size: ${pt(20)}; line-height: 1.15; color: #1d3557; }
.meta { color: #3e4c59; font-size: ${pt(10.5)}; }
h2 { font-size: ${pt(8.4)}; font-weight: 700; letter-spacing: 0.07em; text-transform: uppercase; color: #52606d; margin-bottom: ${mm(1.2)}; }
h3 { font-size: ${pt(9)}; font-weight: 700; color: #1d3557; margin: ${mm(1.6)} 0 ${mm(0.6)}; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: ${mm(4)}; align-items: start; }
dl.facts { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: ${mm(3)}; row-gap: ${mm(0.8)}; }
dt { font-weight: 700; color: #3e4c59; }
.rules { padding-inline-start: 4.5mm; }
.limits { border: 0.6mm solid #b42318; border-radius: 1.5mm; padding: ${mm(2.4)} ${mm(3)}; background: #fffaf9; }
.limits dl { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: ${mm(3)}; row-gap: ${mm(1)}; }
.limits ul { padding-inline-start: 4.5mm; }
.caution { color: #7a1f16; font-size: ${pt(9)}; }
.legal { margin-top: ${mm(1.6)}; font-weight: 700; color: #7a1f16; }
.record { margin-top: ${mm(1.6)}; font-weight: 700; color: #1d3557; }
.umbrella { background: #e8f4f2; border-inline-start: 1.4mm solid #2a9d8f; padding: ${mm(2)} ${mm(3.5)}; border-radius: 1mm; }
.umbrella p { font-size: ${pt(12.5)}; font-weight: 600; color: #1d3557; line-height: 1.3; }
.messages { padding-inline-start: 5mm; display: flex; flex-direction: column; gap: ${mm(1.6)}; }
.message { font-weight: 700; color: #1d3557; font-size: ${pt(10.5)}; }
.proof { color: #3e4c59; font-size: ${pt(9.5)}; }
.none { color: #7b8794; }
.abc { font-weight: 700; color: #1d3557; }
.phrases { list-style: none; display: flex; flex-wrap: wrap; gap: ${mm(1.2)} ${mm(3)}; margin-top: ${mm(0.8)}; }
.phrases li { background: #f1f3f5; border-radius: 1.4mm; padding: 0.4mm 2mm; }
.hard { display: flex; flex-direction: column; gap: ${mm(1)}; }
.hard dt { color: #1d3557; }
.hard dd { color: #3e4c59; padding-inline-start: 4mm; }
footer { border-top: 0.35mm solid #cbd2d9; padding-top: ${mm(1.4)}; font-size: ${pt(8.4)}; color: #52606d; }
@media print { .limits, .messages li, .umbrella { break-inside: avoid; } }`;
}
