/**
 * The cohort press pack as one document: a contents cover (every ambassador with the page their sheet is
 * on), then one page per sheet. The contents list flows over as many pages as it needs, so a pack of any
 * size prints; each sheet still starts on its own page and must fit it.
 */
import { escapeHtml as e } from './escape';
import { renderDocument, renderSheetPage } from './html';
import { contactFooter, dateLines, masthead, sheetAttributes } from './html-parts';
import type { EmbeddedImage } from '../../../shared/features/message-sheet/images';
import type { SheetModel } from '../../../shared/features/message-sheet/model';
import type { Paper } from '../../../shared/features/message-sheet/paper';
import type { PressContact } from '../../../shared/features/cohorts/schemas';

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

export interface PackLayout {
  /** How many pages the cover (contents) takes; sheet n starts on page coverPages + n. */
  coverPages: number;
  /** Each sheet's type scale, when a print showed the estimated one does not fit. */
  scales?: ReadonlyArray<number | undefined>;
}

/** The cohort press pack's cover: the campaign, then the contents (name, role and pronouns, page). */
export function renderPackCoverPage(cover: PackCoverModel, coverPages = 1): string {
  const title = cover.campaign || cover.organisation || 'Press pack';
  const id = 'sheet-0';
  const roster = cover.ambassadors
    .map((a, i) => {
      const details = [a.role, a.pronouns ? `(${a.pronouns})` : ''].filter((p) => p !== '');
      const role = details.length > 0 ? ` <span class="roster-role" dir="auto">${e(details.join(' '))}</span>` : '';
      const page = coverPages + i + 1;
      return `<li><span><span class="roster-name" dir="auto">${e(a.publicName)}</span>${role}</span><span class="roster-page">${page}</span></li>`;
    })
    .join('');
  const lead = [
    cover.hashtag ? `<p class="hashtag" dir="auto">${e(cover.hashtag)}</p>` : '',
    cover.organisation ? `<p class="lead" dir="auto">${e(cover.organisation)}</p>` : '',
  ].join('');
  const count = cover.ambassadors.length;
  return `<div class="paper"><article class="sheet cover" ${sheetAttributes(0, 'Cover', cover.paper, `${id}-name`)}>
${masthead({ logo: cover.logo, campaign: '', hashtag: '', organisation: '' })}
<div><p class="kicker">Press pack</p><h1 id="${id}-name" dir="auto" data-field="campaign" data-label="Campaign">${e(title)}</h1>${lead}</div>
<section aria-labelledby="${id}-roster" data-field="roster" data-label="Ambassadors"><h2 id="${id}-roster">Ambassadors in this pack (${count}), with the page of each sheet</h2><ol class="roster">${roster}</ol></section>
<p class="note">Each ambassador chose how they are named and which topics they are happy to talk about. Please respect the “Please don’t ask about” list on each sheet.</p>
${contactFooter(cover.pressContact, cover.organisation, dateLines(cover.mediaDate, cover.preparedOn))}
</article></div>`;
}

function packTitle(cover: PackCoverModel): string {
  return `Press pack - ${cover.campaign || cover.organisation || 'ambassadors'}`;
}

/** The cover alone, to count the pages it takes before the whole pack is printed. */
export function renderPackCoverHtml(cover: PackCoverModel, coverPages = 1): string {
  return renderDocument({ title: packTitle(cover), author: cover.organisation, paper: cover.paper }, [
    renderPackCoverPage(cover, coverPages),
  ]);
}

/** The whole press pack as one document: the cover, then one page per sheet. */
export function renderPackHtml(
  cover: PackCoverModel,
  sheets: readonly SheetModel[],
  layout: PackLayout = { coverPages: 1 },
): string {
  const pages = [
    renderPackCoverPage(cover, layout.coverPages),
    ...sheets.map((s, i) => renderSheetPage({ ...s, paper: cover.paper }, i + 1, layout.scales?.[i])),
  ];
  return renderDocument({ title: packTitle(cover), author: cover.organisation, paper: cover.paper }, pages);
}
