/**
 * The one message-sheet template. A typed model in, a complete HTML document out: print CSS with the page
 * size and margins, every person-written string escaped and in its own `dir="auto"` block (so Arabic and Farsi
 * lay out right to left on their own), no scripts (a CSP that allows none), no network (images are data:
 * URLs, fonts are the system's Noto fonts). The preview shows this exact document; printing prints it.
 */
import { escapeHtml as e } from './escape';
import { contactFooter, dateLines, img, joinInline, masthead, sheetAttributes } from './html-parts';
import { sheetScale } from './layout';
import { num, sheetStyles } from './sheet-styles';
import { quoteAttribution, type SheetModel } from '../../../shared/features/message-sheet/model';
import type { Paper } from '../../../shared/features/message-sheet/paper';

export { SHEET_FONT_STACK } from './sheet-styles';

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

function chips(items: readonly string[], className: string, emptyText: string): string {
  if (items.length === 0) return `<p class="none">${e(emptyText)}</p>`;
  return `<ul class="chips ${className}">${items.map((t) => `<li dir="auto">${e(t)}</li>`).join('')}</ul>`;
}

function keyMessages(model: SheetModel, id: string): string {
  if (model.keyMessages.length === 0) return '';
  const items = model.keyMessages.map((k, i) => {
    const proof = k.proof !== null ? `<p class="proof" dir="auto">${e(k.proof)}</p>` : '';
    const source =
      k.source !== null
        ? `<p class="source" data-field="keyMessages.${i}.source" data-label="Source for key message ${i + 1}">Source: <span dir="auto">${e(k.source)}</span></p>`
        : '';
    return `<li data-field="keyMessages.${i}.message" data-label="Key message ${i + 1}"><p class="message" dir="auto">${e(k.message)}</p>${proof}${source}</li>`;
  });
  return `<section aria-labelledby="${id}-messages"><h2 id="${id}-messages">Key messages</h2><ol class="messages">${items.join('')}</ol></section>`;
}

function quotes(model: SheetModel, id: string): string {
  const by = quoteAttribution(model);
  const attribution = by
    ? `<p class="attribution"><span aria-hidden="true">— </span><span dir="auto">${e(by)}</span></p>`
    : '';
  const items = model.quotes.map(
    (q, i) =>
      `<blockquote data-field="quotes.${i}" data-label="Quote ${i + 1}"><p dir="auto">${e(q)}</p>${attribution}</blockquote>`,
  );
  return `<section aria-labelledby="${id}-quotes"><h2 id="${id}-quotes">${model.quotes.length > 1 ? 'Quotes' : 'Quote'}</h2><div class="quotes">${items.join('')}</div></section>`;
}

/**
 * One sheet's page (a `.paper` holding an `article.sheet`), for a single sheet or inside a pack, with its type
 * at `scale` (the largest it is expected to fit at, unless a print showed otherwise).
 */
export function renderSheetPage(model: SheetModel, index = 0, scale = sheetScale(model)): string {
  const id = `sheet-${index}`;
  const photo = model.photo ? img(model.photo, 'photo', `Photo of ${model.publicName}`) : '';
  const meta = joinInline(
    [model.pronouns, model.role].filter((p) => p !== '').map((p) => `<span dir="auto">${e(p)}</span>`),
  );
  const bio = model.bio ? `<p class="bio" dir="auto" data-field="bio" data-label="Short bio">${e(model.bio)}</p>` : '';
  const umbrella = model.umbrella
    ? `<section class="umbrella" aria-labelledby="${id}-umbrella"><h2 id="${id}-umbrella">Umbrella message</h2><p dir="auto" data-field="umbrella" data-label="Umbrella message">${e(model.umbrella)}</p></section>`
    : '';
  const facts = `<section class="facts" aria-label="Languages and topics">
<div data-field="languages" data-label="Languages"><h2>Interview languages</h2>${chips(model.languages, 'languages', 'Ask the press contact.')}</div>
<div data-field="topicsWelcome" data-label="Topics welcome"><h2>Happy to talk about</h2>${chips(model.topicsWelcome, 'welcome', 'Ask the press contact.')}</div>
<div data-field="topicsDeclined" data-label="Please don’t ask about"><h2>Please don’t ask about</h2>${chips(model.topicsDeclined, 'declined', 'Nothing listed.')}</div>
</section>`;
  return `<div class="paper"><article class="sheet" style="--s: ${num(scale)}" data-scale="${num(scale)}" ${sheetAttributes(index, model.publicName, model.paper, `${id}-name`)}>
${masthead(model)}
<section class="identity">${photo}<div><p class="kicker">Message sheet</p><h1 id="${id}-name" dir="auto" data-field="publicName" data-label="Public name">${e(model.publicName)}</h1>${
    meta ? `<p class="meta">${meta}</p>` : ''
  }</div></section>
${bio}
${umbrella}
${keyMessages(model, id)}
${quotes(model, id)}
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
export function renderDocument(meta: DocumentMeta, pages: readonly string[], extraStyles = ''): string {
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
<style>${sheetStyles(meta.paper)}${extraStyles}</style>
</head>
<body>
${pages.join('\n')}
</body>
</html>
`;
}

/** A message sheet as a complete HTML document (one page). */
export function renderSheetHtml(model: SheetModel, scale?: number): string {
  return renderDocument({ title: model.title, author: model.author, paper: model.paper }, [
    renderSheetPage(model, 0, scale),
  ]);
}
