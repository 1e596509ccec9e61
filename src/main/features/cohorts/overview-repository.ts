/**
 * The cohort overview's measures, each one query over the whole cohort (grouped by ambassador), so 40 people
 * cost six queries rather than six per person. They only count and pick a title, across several features'
 * tables; every feature's own rules (sheet readiness, due questions) stay in that feature's service.
 */
import type { Database } from 'better-sqlite3';
import type { QuoteStatus } from '../../../shared/features/quotes/schemas';

// Who counts: the cohort's ambassadors as the overview lists them (not archived, not erased).
const MEMBERS = 'SELECT id FROM ambassador WHERE cohort_id = ? AND deleted_at IS NULL AND archived_at IS NULL';

export interface HouseCountRow {
  ambassador_id: string;
  houses: number;
  primary_id: string | null;
  primary_title: string | null;
  primary_umbrella: string | null;
}

export interface QuoteCountRow {
  ambassador_id: string;
  status: QuoteStatus;
  /** Whether these drafts carry an open trainer comment (sent back): "changes requested". */
  sent_back: number;
  n: number;
  first_id: string;
}

export interface RehearsalCountRow {
  ambassador_id: string;
  sessions: number;
  takes: number;
  last_at: string | null;
}

export function createCohortOverviewRepository(db: Database) {
  const s = {
    houses: db.prepare<[string], HouseCountRow>(
      `SELECT h.ambassador_id, count(*) AS houses,
         max(CASE WHEN h.is_primary = 1 THEN h.id END) AS primary_id,
         max(CASE WHEN h.is_primary = 1 THEN json_extract(h.fields, '$.title') END) AS primary_title,
         max(CASE WHEN h.is_primary = 1 THEN json_extract(h.fields, '$.umbrella') END) AS primary_umbrella
       FROM message_house h WHERE h.deleted_at IS NULL AND h.ambassador_id IN (${MEMBERS})
       GROUP BY h.ambassador_id`,
    ),
    // first_id is the oldest quote of each group: with exactly one min() in the query, SQLite takes the bare
    // column q.id from the row that holds the minimum created_at (documented "bare column" behaviour).
    quotes: db.prepare<[string], QuoteCountRow>(
      `SELECT q.ambassador_id, q.status, (q.status = 'draft' AND EXISTS (
           SELECT 1 FROM comment c WHERE c.target_type = 'quote' AND c.target_id = q.id AND c.author_role = 'trainer'
             AND c.resolved_at IS NULL AND c.deleted_at IS NULL)) AS sent_back,
         count(*) AS n, q.id AS first_id, min(q.created_at) AS oldest
       FROM quote q WHERE q.deleted_at IS NULL AND q.ambassador_id IN (${MEMBERS})
       GROUP BY q.ambassador_id, q.status, sent_back`,
    ),
    comments: db.prepare<[string], { ambassador_id: string; n: number }>(
      `SELECT ambassador_id, count(*) AS n FROM comment
       WHERE resolved_at IS NULL AND deleted_at IS NULL AND ambassador_id IN (${MEMBERS})
       GROUP BY ambassador_id`,
    ),
    rehearsals: db.prepare<[string], RehearsalCountRow>(
      `SELECT r.ambassador_id, count(DISTINCT r.id) AS sessions, count(t.id) AS takes,
         max(coalesce(t.created_at, r.created_at)) AS last_at
       FROM rehearsal_session r LEFT JOIN take t ON t.session_id = r.id AND t.deleted_at IS NULL
       WHERE r.deleted_at IS NULL AND r.ambassador_id IN (${MEMBERS})
       GROUP BY r.ambassador_id`,
    ),
  };
  return {
    houses: (cohortId: string) => s.houses.all(cohortId),
    quotes: (cohortId: string) => s.quotes.all(cohortId),
    openComments: (cohortId: string) => s.comments.all(cohortId),
    rehearsals: (cohortId: string) => s.rehearsals.all(cohortId),
  };
}
