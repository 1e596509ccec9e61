/**
 * The Message House drawn for the wall of the training room, as one printed page: the umbrella message is the
 * roof, each key message a pillar with its proof points (and a fact's source), the call to action and the
 * answer to the likely criticism the foundation. It is a working document, not a press one, and says so; it
 * names the ambassador only by their public name. Same rules as the sheet: escaped text, `dir="auto"`, no
 * scripts, no network. `scale` sets the type: large for the wall, smaller for a house with a lot to say.
 */
import { escapeHtml as e } from './escape';
import { renderDocument } from './html';
import { num } from './sheet-styles';
import type { HouseFields, ProofPoint } from '../../../shared/features/key-messages/schemas';
import { PAPER_SIZES, type Paper } from '../../../shared/features/message-sheet/paper';

export interface HousePictureModel {
  paper: Paper;
  title: string;
  /** The ambassador's public name (never a name they keep private). */
  publicName: string;
  organisation: string;
  house: HouseFields;
}

const KIND_LABELS: Readonly<Record<ProofPoint['kind'], string>> = { story: 'Story', fact: 'Fact', example: 'Example' };

const STYLES = `
.house { --s: 1; font-size: calc(10.5pt * var(--s)); display: flex; flex-direction: column; gap: calc(3mm * var(--s)); }
.house-head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; border-bottom: 0.7mm solid #2a9d8f; padding-bottom: 2mm; }
.house-head h1 { font-size: calc(18pt * var(--s)); }
.roof { position: relative; padding: calc(26mm * var(--s)) 14% 6mm; text-align: center; color: #ffffff; min-height: 48mm; display: flex; align-items: flex-end; justify-content: center; }
.roof::before { content: ""; position: absolute; inset: 0; background: #1d3557; clip-path: polygon(50% 0, 100% 55%, 96% 55%, 96% 100%, 4% 100%, 4% 55%, 0 55%); }
.roof p { position: relative; font-size: calc(15pt * var(--s)); font-weight: 700; line-height: 1.3; }
.pillars { flex: 1 1 auto; display: grid; gap: 4mm; padding: 0 5%; grid-template-columns: repeat(var(--pillars, 1), minmax(0, 1fr)); }
.pillar { background: #f1f3f5; border: 1.2mm solid #9aa5b1; border-top-width: 2.4mm; padding: 3mm; min-height: 60mm; }
.pillar .message { font-weight: 700; color: #1d3557; font-size: calc(11.5pt * var(--s)); margin-bottom: 2mm; }
.pillar ul { padding-inline-start: 4mm; display: flex; flex-direction: column; gap: 1.6mm; }
.pillar .source { color: #52606d; font-style: italic; font-size: calc(9pt * var(--s)); }
.foundation { background: #323f4b; color: #ffffff; padding: 4mm; border-radius: 0 0 2mm 2mm; display: grid; gap: 2mm; }
.empty { font-style: italic; opacity: 0.8; }
.working { font-size: 8.5pt; color: #52606d; text-align: center; }
`;

function textOr(value: string, empty: string): string {
  const t = value.trim();
  return t ? `<span dir="auto">${e(t)}</span>` : `<span class="empty">${e(empty)}</span>`;
}

function proof(p: ProofPoint): string {
  const source = p.source.trim()
    ? `<br><span class="source">Source: <span dir="auto">${e(p.source.trim())}</span></span>`
    : '';
  return `<li><strong>${KIND_LABELS[p.kind]}:</strong> ${textOr(p.text, 'not written yet')}${source}</li>`;
}

export function renderHousePictureHtml(model: HousePictureModel, scale = 1): string {
  const { house } = model;
  const pillars =
    house.pillars.length === 0
      ? `<div class="pillar"><span class="empty">No key messages yet</span></div>`
      : house.pillars
          .map(
            (p, i) =>
              `<div class="pillar"><p class="message">${textOr(p.message, `Key message ${i + 1}`)}</p>${
                p.proofs.length > 0
                  ? `<ul>${p.proofs.map(proof).join('')}</ul>`
                  : '<span class="empty">No proof points yet</span>'
              }</div>`,
          )
          .join('');
  const criticism =
    house.criticism.trim() || house.response.trim()
      ? `<p><strong>If someone says:</strong> ${textOr(house.criticism, '…')} <strong>You answer:</strong> ${textOr(house.response, 'not written yet')}</p>`
      : '';
  // The drawing fills the page (the pillars grow), so it reads from across the room.
  const size = PAPER_SIZES[model.paper];
  const height = size.heightMm - 2 * size.marginMm - 3;
  const page = `<div class="paper"><article class="house" style="--s: ${num(scale)}; --pillars: ${Math.max(1, house.pillars.length)}; min-height: ${num(height)}mm" aria-labelledby="house-title">
<header class="house-head"><div><p class="kicker">Message House</p><h1 id="house-title" dir="auto">${e(model.title)}</h1></div><p dir="auto">${e(model.publicName)}</p></header>
<section class="roof" aria-label="Umbrella message"><p>${textOr(house.umbrella, 'Your umbrella message goes here')}</p></section>
<section class="pillars" aria-label="Key messages and proof points">${pillars}</section>
<section class="foundation" aria-label="Foundation"><p><strong>Call to action:</strong> ${textOr(house.callToAction, 'not written yet')}</p>${criticism}</section>
<p class="working">A working document for the training room${model.organisation ? ` (${e(model.organisation)})` : ''}. Not for the press: share the message sheet instead.</p>
</article></div>`;
  return renderDocument(
    { title: `Message House - ${model.title}`, author: model.organisation, paper: model.paper },
    [page],
    STYLES,
  );
}
