/**
 * Pieces every printed page shares (the masthead, the press contact footer, the dates and the marks the fit
 * check reads). Every person-written string is escaped and sits in its own `dir="auto"` element.
 */
import { formatLongDate } from './dates';
import { escapeHtml as e } from './escape';
import { num } from './sheet-styles';
import type { EmbeddedImage } from '../../../shared/features/message-sheet/images';
import { contentBoxPx, type Paper } from '../../../shared/features/message-sheet/paper';
import type { PressContact } from '../../../shared/features/cohorts/schemas';

export function img(image: EmbeddedImage, className: string, alt: string): string {
  return `<img class="${className}" src="${e(image.dataUrl)}" alt="${e(alt)}">`;
}

export function joinInline(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join('<span class="sep" aria-hidden="true">·</span>');
}

export function masthead(m: {
  logo: EmbeddedImage | null;
  campaign: string;
  hashtag: string;
  organisation: string;
}): string {
  const logo = m.logo ? img(m.logo, 'logo', m.organisation ? `${m.organisation} logo` : 'Logo') : '';
  const campaign = m.campaign ? `<p class="campaign-name" dir="auto">${e(m.campaign)}</p>` : '';
  const hashtag = m.hashtag ? `<p class="hashtag" dir="auto">${e(m.hashtag)}</p>` : '';
  const org = m.organisation ? `<p class="org" dir="auto">${e(m.organisation)}</p>` : '';
  return `<header class="masthead">${logo}<div class="campaign">${campaign}${hashtag}</div>${org}</header>`;
}

export function contactFooter(contact: PressContact, organisation: string, dates: string[]): string {
  const parts = [contact.name, contact.email, contact.phone]
    .filter((p) => p !== '')
    .map((p) => `<span dir="auto">${e(p)}</span>`);
  const who = parts.length > 0 ? joinInline(parts) : organisation ? `<span dir="auto">${e(organisation)}</span>` : '';
  const line = who ? `<p class="line">${who}</p>` : '<p class="none">Ask the organisation for the press contact.</p>';
  const when = dates.map((d) => `<p>${e(d)}</p>`).join('');
  return `<footer class="contact"><div class="who"><h2>Press contact</h2>${line}</div><div class="dates">${when}</div></footer>`;
}

export function dateLines(mediaDate: string, preparedOn: string): string[] {
  const lines: string[] = [];
  if (mediaDate) lines.push(`Media day: ${formatLongDate(mediaDate)}`);
  if (preparedOn) lines.push(`Prepared: ${formatLongDate(preparedOn)}`);
  return lines;
}

export function sheetAttributes(index: number, name: string, paper: Paper, labelledBy: string): string {
  return `data-sheet="${index}" data-sheet-name="${e(name)}" data-content-height-px="${num(contentBoxPx(paper).height)}" aria-labelledby="${labelledBy}"`;
}
