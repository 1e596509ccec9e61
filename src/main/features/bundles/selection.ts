/**
 * What each kind of bundle holds (see src/shared/features/bundles/schemas.ts), as rows chosen from the database.
 * Soft-deleted rows travel like any other (the Trash itself never does), so a deletion reaches the other laptop. Never chosen: trainers and
 * their secrets, workspace PINs, wrong-secret counts, sessions, settings, revisions or the search index.
 */
import type { BundleTable } from '../../../shared/features/bundles/rows';
import type { BundleRow, RowStore } from './tables';

export type Selection = Partial<Record<BundleTable, BundleRow[]>>;

/** An ambassador's own rows, in the order an import writes them. */
function workOf(store: RowStore, ids: readonly string[], recordings: boolean): Selection {
  if (ids.length === 0) return {};
  const list = ids.map(() => '?').join(', ');
  const mine = `ambassador_id IN (${list})`;
  const sessions = `session_id IN (SELECT id FROM rehearsal_session WHERE ${mine})`;
  const takes = store.select('take', sessions, [...ids]);
  return {
    ambassador: store.select('ambassador', `id IN (${list})`, [...ids]),
    message_house: store.select('message_house', mine, [...ids]),
    quote: store.select('quote', mine, [...ids]),
    comment: store.select('comment', mine, [...ids]),
    rehearsal_session: store.select('rehearsal_session', mine, [...ids]),
    // Without recordings, a take says it has none rather than naming a blob the bundle does not carry.
    take: recordings ? takes : takes.map((t) => ({ ...t, recording_media_id: null })),
    review_card: store.select('review_card', mine, [...ids]),
    sheet_confirmation: store.select('sheet_confirmation', mine, [...ids]),
  };
}

/** A cohort's own rows: its details and language rules, logo, custom questions, sets and retired questions. */
function cohortOwn(store: RowStore, cohortId: string): Selection {
  return {
    cohort: store.select('cohort', 'id = ?', [cohortId]),
    question: store.select('question', 'cohort_id = ?', [cohortId]),
    question_set: store.select('question_set', 'cohort_id = ?', [cohortId]),
    question_retired: store.select('question_retired', 'cohort_id = ?', [cohortId]),
    cohort_logo: store.select('cohort_logo', 'cohort_id = ?', [cohortId]),
  };
}

export function selectWork(store: RowStore, ambassadorId: string, recordings: boolean): Selection {
  const work = workOf(store, [ambassadorId], recordings);
  const cohortId = work.ambassador?.[0]?.cohort_id;
  const cohort = typeof cohortId === 'string' ? store.select('cohort', 'id = ?', [cohortId]) : [];
  return { cohort, ...work };
}

/**
 * What a trainer returns to one ambassador: the cohort's own rows, and that person's profile, houses, quotes (with
 * their status and approval) and the comments on them, and the hot-seat interviews the trainer ran with them (with
 * the trainer's rating and comment; without recordings, which stay on the trainer's laptop). Their own practice
 * stays where it was recorded.
 */
export function selectFeedback(store: RowStore, cohortId: string, ambassadorId: string): Selection {
  const work = workOf(store, [ambassadorId], false);
  const hotSeats = "ambassador_id = ? AND kind = 'hot-seat'";
  return {
    ...cohortOwn(store, cohortId),
    ambassador: work.ambassador,
    message_house: work.message_house,
    quote: work.quote,
    comment: work.comment,
    rehearsal_session: store.select('rehearsal_session', hotSeats, [ambassadorId]),
    take: store
      .select('take', `session_id IN (SELECT id FROM rehearsal_session WHERE ${hotSeats})`, [ambassadorId])
      .map((take) => ({ ...take, recording_media_id: null })),
  };
}

export function selectCohort(store: RowStore, cohortId: string, recordings: boolean): Selection {
  const people = store.select('ambassador', 'cohort_id = ?', [cohortId]).map((a) => String(a.id));
  return { ...cohortOwn(store, cohortId), ...workOf(store, people, recordings) };
}

/** Moving to a new laptop: every row of every table, recordings included. */
export function selectEverything(store: RowStore): Selection {
  const all = (table: BundleTable) => store.select(table, '1 = 1');
  return {
    cohort: all('cohort'),
    ambassador: all('ambassador'),
    message_house: all('message_house'),
    quote: all('quote'),
    comment: all('comment'),
    question: all('question'),
    question_set: all('question_set'),
    question_retired: all('question_retired'),
    rehearsal_session: all('rehearsal_session'),
    take: all('take'),
    review_card: all('review_card'),
    sheet_confirmation: all('sheet_confirmation'),
    cohort_logo: all('cohort_logo'),
  };
}
