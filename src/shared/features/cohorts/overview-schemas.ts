import { z } from 'zod';
import { idSchema } from '../../fields';
import type { ProfileCompleteness } from '../ambassadors/profile-completeness';

export const cohortOverviewInput = z.strictObject({ cohortId: idSchema });
export type CohortOverviewInput = z.infer<typeof cohortOverviewInput>;

/**
 * The overview's quote columns. "Changes requested" is not a stored status: a trainer's "send back" makes the
 * quote a draft again with the trainer's comment on it, so a draft with an open trainer comment counts here
 * instead of under "draft".
 */
export const OVERVIEW_QUOTE_COLUMNS = ['draft', 'changes_requested', 'in_review', 'approved', 'retired'] as const;
export type OverviewQuoteColumn = (typeof OVERVIEW_QUOTE_COLUMNS)[number];

export const OVERVIEW_QUOTE_LABELS: Readonly<Record<OverviewQuoteColumn, string>> = {
  draft: 'Draft',
  changes_requested: 'Changes requested',
  in_review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

/** One ambassador's progress, as a trainer scans it on the overview. */
export interface CohortOverviewRow {
  ambassadorId: string;
  /** The name used on this laptop (the overview is trainer-only). */
  name: string;
  profile: ProfileCompleteness;
  /** The primary Message House, or null when there is none. */
  primaryHouse: { id: string; title: string; umbrella: string } | null;
  houseCount: number;
  quotes: Record<OverviewQuoteColumn, number>;
  /** The quote to open for the "in review" and "changes requested" columns: the oldest of each. */
  firstQuoteIds: Partial<Record<OverviewQuoteColumn, string>>;
  rehearsal: { sessions: number; takes: number; lastAt: string | null; due: number };
  openComments: number;
  /** The press pack's readiness: `blockers` says why the sheet would be left out (empty when ready). */
  sheet: { ready: boolean; blockers: string[] };
}

export interface CohortOverview {
  cohortId: string;
  rows: CohortOverviewRow[];
}

export type AttentionKind = 'review' | 'comments' | 'sheet' | 'profile';

/** What on the row a trainer should look at: used by the "needs attention" filter and the row's badges. */
export function attentionReasons(row: CohortOverviewRow): Array<{ kind: AttentionKind; text: string }> {
  const reasons: Array<{ kind: AttentionKind; text: string }> = [];
  if (row.quotes.in_review > 0) reasons.push({ kind: 'review', text: `${row.quotes.in_review} to review` });
  if (row.openComments > 0) {
    const noun = row.openComments === 1 ? 'comment' : 'comments';
    reasons.push({ kind: 'comments', text: `${row.openComments} open ${noun}` });
  }
  if (!row.sheet.ready) reasons.push({ kind: 'sheet', text: 'sheet not ready' });
  if (row.profile.missing.length > 0) reasons.push({ kind: 'profile', text: 'profile incomplete' });
  return reasons;
}
