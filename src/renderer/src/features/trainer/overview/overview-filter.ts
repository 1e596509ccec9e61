import { attentionReasons, type CohortOverviewRow } from '../../../../../shared/features/cohorts/overview-schemas';

export const OVERVIEW_VIEWS = ['all', 'attention', 'sheet', 'review'] as const;
export type OverviewView = (typeof OVERVIEW_VIEWS)[number];

export const OVERVIEW_VIEW_LABELS: Readonly<Record<OverviewView, string>> = {
  all: 'Everyone',
  attention: 'Needs attention',
  sheet: 'Sheet not ready',
  review: 'Quotes to review',
};

const IN_VIEW: Readonly<Record<OverviewView, (row: CohortOverviewRow) => boolean>> = {
  all: () => true,
  attention: (row) => attentionReasons(row).length > 0,
  sheet: (row) => !row.sheet.ready,
  review: (row) => row.quotes.in_review > 0,
};

/** Folds case and accents, so "elena" finds "Eléna". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The rows in a view whose name holds every word searched for. */
export function filterOverview(
  rows: readonly CohortOverviewRow[],
  view: OverviewView,
  search: string,
): CohortOverviewRow[] {
  const words = fold(search).split(/\s+/u).filter(Boolean);
  return rows.filter((row) => IN_VIEW[view](row) && words.every((w) => fold(row.name).includes(w)));
}

/** How many rows each view holds, for the filter's labels. */
export function viewCounts(rows: readonly CohortOverviewRow[]): Record<OverviewView, number> {
  return Object.fromEntries(OVERVIEW_VIEWS.map((v) => [v, rows.filter(IN_VIEW[v]).length])) as Record<
    OverviewView,
    number
  >;
}
