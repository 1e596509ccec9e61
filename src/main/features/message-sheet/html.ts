/**
 * The one message-sheet template. A typed model in, a complete HTML document out: print CSS with the page
 * size and margins, every person-written string escaped and in its own `dir="auto"` block (so Arabic and Farsi
 * lay out right to left on their own), no scripts (a CSP that allows none), no network (images are data:
 * URLs, fonts are the system's Noto fonts). The preview shows this exact document; printing prints it.
 */
import { formatLongDate } from './dates';
import { escapeHtml } from './escape';
import type { EmbeddedImage } from '../../../shared/features/message-sheet/images';
import type { SheetModel } from '../../../shared/features/message-sheet/model';
import { contentBoxPx, PAPER_SIZES, type Paper } from '../../../shared/features/message-sheet/paper';
import type { PressContact } from '../../../shared/features/cohorts/schemas';

/** No scripts, no fetches, no frames, no forms: the only things a sheet loads are its inline style and data: images. */
export const SHEET_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "font-src 'none'",
  "connect-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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

const e = escapeHtml;

/** An attribute-safe number (the template writes no other unescaped values). */
function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

function styles(paper: Paper): string {
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
.sheet { display: flex; flex-direction: column; gap: 3.4mm; min-height: ${num(content - 3)}mm; }
.masthead { display: flex; align-items: center; gap: 4mm; padding-bottom: 2.6mm; border-bottom: 0.7mm solid #2a9d8f; }
.logo { max-height: 15mm; max-width: 42mm; object-fit: contain; flex: none; }
.campaign { flex: 1 1 auto; min-width: 0; }
.campaign-name { font-size: 12pt; font-weight: 700; color: #1d3557; line-height: 1.25; }
.hashtag { color: #1f7a70; font-weight: 600; }
.org { flex: 0 1 auto; max-width: 62mm; text-align: end; font-size: 8.8pt; color: #52606d; }
.identity { display: flex; align-items: center; gap: 5mm; }
.photo { width: 31mm; height: 31mm; object-fit: cover; border-radius: 3mm; flex: none; background: #f1f3f5; }
.kicker { font-size: 8pt; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #1f7a70; }
h1 { font-size: 22pt; line-height: 1.15; color: #1d3557; font-weight: 700; }
.meta { color: #3e4c59; font-size: 10.5pt; margin-top: 0.8mm; }
.meta .sep { color: #9aa5b1; padding: 0 1.6mm; }
.bio { font-size: 10.4pt; }
h2 { font-size: 8.2pt; font-weight: 700; letter-spacing: 0.07em; text-transform: uppercase; color: #52606d; margin-bottom: 1.2mm; }
.umbrella { background: #e8f4f2; border-inline-start: 1.4mm solid #2a9d8f; padding: 2.6mm 4mm 3mm; border-radius: 1mm; }
.umbrella p { font-size: 13pt; font-weight: 600; color: #1d3557; line-height: 1.3; }
.messages { list-style: none; display: flex; flex-direction: column; gap: 2.2mm; counter-reset: key; }
.messages li { counter-increment: key; display: grid; grid-template-columns: 7mm 1fr; column-gap: 2mm; }
.messages li::before {
  content: counter(key); grid-row: 1 / span 2; width: 6mm; height: 6mm; border-radius: 50%;
  background: #1d3557; color: #ffffff; font-weight: 700; font-size: 9pt; text-align: center; line-height: 6mm;
}
.message { font-weight: 700; font-size: 10.8pt; color: #1d3557; }
.proof { color: #3e4c59; font-size: 9.8pt; }
.quotes { display: flex; flex-direction: column; gap: 2.2mm; }
blockquote { display: grid; grid-template-columns: 7mm 1fr; column-gap: 2mm; }
blockquote::before { content: "\\201C"; font-size: 24pt; line-height: 1; color: #2a9d8f; font-weight: 700; }
blockquote p { font-size: 10.8pt; color: #1d3557; }
.facts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 4mm; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 1.2mm; }
.chips li { background: #f1f3f5; border-radius: 1.4mm; padding: 0.4mm 2mm; font-size: 9.2pt; }
.declined li { background: #fdecea; color: #7a1f16; }
.none { color: #7b8794; font-size: 9.2pt; }
.contact { margin-top: auto; border-top: 0.35mm solid #cbd2d9; padding-top: 2.4mm; display: flex; gap: 6mm; align-items: flex-start; }
.contact .who { flex: 1 1 auto; min-width: 0; }
.contact .line { font-size: 9.6pt; }
.contact .line .sep { color: #9aa5b1; padding: 0 1.4mm; }
.dates { flex: 0 1 auto; text-align: end; font-size: 8.6pt; color: #52606d; }
.cover h1 { font-size: 26pt; margin-top: 8mm; }
.cover .lead { font-size: 12pt; color: #3e4c59; margin-top: 2mm; }
.roster { list-style: none; display: flex; flex-direction: column; gap: 1.6mm; }
.roster li { padding: 1.6mm 0; border-bottom: 0.25mm solid #e4e7eb; }
.roster-name { font-weight: 700; color: #1d3557; font-size: 11.5pt; }
.roster-role { color: #3e4c59; }
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

function img(image: EmbeddedImage, className: string, alt: string): string {
  return `<img class="${className}" src="${e(image.dataUrl)}" alt="${e(alt)}">`;
}

function joinInline(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('<span class="sep" aria-hidden="true">·</span>');
}

function chips(items: readonly string[], className: string, emptyText: string): string {
  if (items.length === 0) return `<p class="none">${e(emptyText)}</p>`;
  return `<ul class="chips ${className}">${items.map((t) => `<li dir="auto">${e(t)}</li>`).join('')}</ul>`;
}

function masthead(m: { logo: EmbeddedImage | null; campaign: string; hashtag: string; organisation: string }): string {
  const logo = m.logo ? img(m.logo, 'logo', m.organisation ? `${m.organisation} logo` : 'Logo') : '';
  const campaign = m.campaign ? `<p class="campaign-name" dir="auto">${e(m.campaign)}</p>` : '';
  const hashtag = m.hashtag ? `<p class="hashtag" dir="auto">${e(m.hashtag)}</p>` : '';
  const org = m.organisation ? `<p class="org" dir="auto">${e(m.organisation)}</p>` : '';
  return `<header class="masthead">${logo}<div class="campaign">${campaign}${hashtag}</div>${org}</header>`;
}

function contactFooter(contact: PressContact, organisation: string, dates: string[]): string {
  const parts = [contact.name, contact.email, contact.phone]
    .filter((p) => p !== '')
    .map((p) => `<span dir="auto">${e(p)}</span>`);
  const who = parts.length > 0 ? joinInline(parts) : organisation ? `<span dir="auto">${e(organisation)}</span>` : '';
  const line = who ? `<p class="line">${who}</p>` : '<p class="none">Ask the organisation for the press contact.</p>';
  const when = dates.map((d) => `<p>${e(d)}</p>`).join('');
  return `<footer class="contact"><div class="who"><h2>Press contact</h2>${line}</div><div class="dates">${when}</div></footer>`;
}

function dateLines(mediaDate: string, preparedOn: string): string[] {
  const lines: string[] = [];
  if (mediaDate) lines.push(`Media day: ${formatLongDate(mediaDate)}`);
  if (preparedOn) lines.push(`Prepared: ${formatLongDate(preparedOn)}`);
  return lines;
}

function sheetAttributes(index: number, name: string, paper: Paper, labelledBy: string): string {
  return `data-sheet="${index}" data-sheet-name="${e(name)}" data-content-height-px="${num(contentBoxPx(paper).height)}" aria-labelledby="${labelledBy}"`;
}

/** One sheet's page (a `.paper` holding an `article.sheet`), for a single sheet or inside a pack. */
export function renderSheetPage(model: SheetModel, index = 0): string {
  const id = `sheet-${index}`;
  const photo = model.photo ? img(model.photo, 'photo', `Photo of ${model.publicName}`) : '';
  const meta = joinInline(
    [model.pronouns, model.role].filter((p) => p !== '').map((p) => `<span dir="auto">${e(p)}</span>`),
  );
  const bio = model.bio ? `<p class="bio" dir="auto" data-field="bio" data-label="Short bio">${e(model.bio)}</p>` : '';
  const umbrella = model.umbrella
    ? `<section class="umbrella" aria-labelledby="${id}-umbrella"><h2 id="${id}-umbrella">Umbrella message</h2><p dir="auto" data-field="umbrella" data-label="Umbrella message">${e(model.umbrella)}</p></section>`
    : '';
  const messages =
    model.keyMessages.length > 0
      ? `<section aria-labelledby="${id}-messages"><h2 id="${id}-messages">Key messages</h2><ol class="messages">${model.keyMessages
          .map(
            (k, i) =>
              `<li data-field="keyMessages.${i}.message" data-label="Key message ${i + 1}"><p class="message" dir="auto">${e(k.message)}</p>${
                k.proof !== null ? `<p class="proof" dir="auto">${e(k.proof)}</p>` : ''
              }</li>`,
          )
          .join('')}</ol></section>`
      : '';
  const quotes = `<section aria-labelledby="${id}-quotes"><h2 id="${id}-quotes">${model.quotes.length > 1 ? 'Quotes' : 'Quote'}</h2><div class="quotes">${model.quotes
    .map(
      (q, i) =>
        `<blockquote data-field="quotes.${i}" data-label="Quote ${i + 1}"><p dir="auto">${e(q)}</p></blockquote>`,
    )
    .join('')}</div></section>`;
  const facts = `<section class="facts" aria-label="Languages and topics">
<div data-field="languages" data-label="Languages"><h2>Interview languages</h2>${chips(model.languages, 'languages', 'Ask the press contact.')}</div>
<div data-field="topicsWelcome" data-label="Topics welcome"><h2>Happy to talk about</h2>${chips(model.topicsWelcome, 'welcome', 'Ask the press contact.')}</div>
<div data-field="topicsDeclined" data-label="Please don’t ask about"><h2>Please don’t ask about</h2>${chips(model.topicsDeclined, 'declined', 'Nothing listed.')}</div>
</section>`;
  return `<div class="paper"><article class="sheet" ${sheetAttributes(index, model.publicName, model.paper, `${id}-name`)}>
${masthead(model)}
<section class="identity">${photo}<div><p class="kicker">Message sheet</p><h1 id="${id}-name" dir="auto" data-field="publicName" data-label="Public name">${e(model.publicName)}</h1>${
    meta ? `<p class="meta">${meta}</p>` : ''
  }</div></section>
${bio}
${umbrella}
${messages}
${quotes}
${facts}
${contactFooter(model.pressContact, model.organisation, dateLines(model.mediaDate, model.preparedOn))}
</article></div>`;
}

export interface DocumentMeta {
  title: string;
  author: string;
  paper: Paper;
}

/** The complete document around one or more pages. */
export function renderDocument(meta: DocumentMeta, pages: readonly string[]): string {
  const author = meta.author ? `<meta name="author" content="${e(meta.author)}">` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(SHEET_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(meta.title)}</title>
${author}
<style>${styles(meta.paper)}</style>
</head>
<body>
${pages.join('\n')}
</body>
</html>
`;
}

/** A message sheet as a complete HTML document (one page). */
export function renderSheetHtml(model: SheetModel): string {
  return renderDocument({ title: model.title, author: model.author, paper: model.paper }, [renderSheetPage(model, 0)]);
}

export interface PackCoverModel {
  paper: Paper;
  organisation: string;
  campaign: string;
  hashtag: string;
  logo: EmbeddedImage | null;
  pressContact: PressContact;
  mediaDate: string;
  preparedOn: string;
  /** The ambassadors in the pack, by public name, in page order. */
  ambassadors: Array<{ publicName: string; pronouns: string; role: string }>;
}

/** The cohort press pack's cover page. */
export function renderPackCoverPage(cover: PackCoverModel, index = 0): string {
  const title = cover.campaign || cover.organisation || 'Press pack';
  const id = `sheet-${index}`;
  const roster = cover.ambassadors
    .map((a) => {
      const details = [a.role, a.pronouns ? `(${a.pronouns})` : ''].filter((p) => p !== '');
      return `<li><span class="roster-name" dir="auto">${e(a.publicName)}</span>${
        details.length > 0 ? `<br><span class="roster-role" dir="auto">${e(details.join(' '))}</span>` : ''
      }</li>`;
    })
    .join('');
  const lead = [
    cover.hashtag ? `<p class="hashtag" dir="auto">${e(cover.hashtag)}</p>` : '',
    cover.organisation ? `<p class="lead" dir="auto">${e(cover.organisation)}</p>` : '',
  ].join('');
  return `<div class="paper"><article class="sheet cover" ${sheetAttributes(index, 'Cover', cover.paper, `${id}-name`)}>
${masthead({ logo: cover.logo, campaign: '', hashtag: '', organisation: '' })}
<div><p class="kicker">Press pack</p><h1 id="${id}-name" dir="auto" data-field="campaign" data-label="Campaign">${e(title)}</h1>${lead}</div>
<section aria-labelledby="${id}-roster" data-field="roster" data-label="Ambassadors"><h2 id="${id}-roster">Ambassadors in this pack</h2><ol class="roster">${roster}</ol></section>
<p class="note">Each ambassador chose how they are named and which topics they are happy to talk about. Please respect the “Please don’t ask about” list on each sheet.</p>
${contactFooter(cover.pressContact, cover.organisation, dateLines(cover.mediaDate, cover.preparedOn))}
</article></div>`;
}

export function renderPackCoverHtml(cover: PackCoverModel): string {
  return renderPackHtml(cover, []);
}

/** The whole press pack as one document: the cover, then one page per sheet. */
export function renderPackHtml(cover: PackCoverModel, sheets: readonly SheetModel[]): string {
  const title = `Press pack - ${cover.campaign || cover.organisation || 'ambassadors'}`;
  const pages = [
    renderPackCoverPage(cover, 0),
    ...sheets.map((s, i) => renderSheetPage({ ...s, paper: cover.paper }, i + 1)),
  ];
  return renderDocument({ title, author: cover.organisation, paper: cover.paper }, pages);
}
