import type { Database } from 'better-sqlite3';
import { QUOTE_STATUSES, type QuoteStatus } from '../../../shared/features/quotes/schemas';
import { EXCERPT_CHARS, type QuotePage, type QuoteSummary } from '../../../shared/features/quotes/summaries';

interface SummaryRow {
  id: string;
  status: QuoteStatus;
  excerpt: string | null;
  outlet: string | null;
  occasion: string | null;
  withdrawn: number | null;
  updated_at: string;
}

// The list's order: drafts first (what the ambassador works on), then in review, approved, retired.
const STATUS_ORDER = `CASE status ${QUOTE_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

const toSummary = (row: SummaryRow): QuoteSummary => ({
  id: row.id,
  status: row.status,
  excerpt: (row.excerpt ?? '').trim(),
  outlet: row.outlet ?? '',
  occasion: row.occasion ?? '',
  consentWithdrawn: row.withdrawn === 1,
  updatedAt: row.updated_at,
});

/**
 * The Press quotes list, read a window at a time. The few fields a row shows are picked out of the JSON in
 * SQLite, so a page of 10,000 quotes never parses (or sends) a quote's variants and consent notes.
 */
export function createQuoteSummaryRepository(db: Database) {
  const s = {
    counts: db.prepare<[string], { status: QuoteStatus; n: number }>(
      'SELECT status, count(*) AS n FROM quote WHERE ambassador_id = ? AND deleted_at IS NULL GROUP BY status',
    ),
    page: db.prepare<[string, number, number], SummaryRow>(
      `SELECT id, status, substr(json_extract(fields, '$.text'), 1, ${EXCERPT_CHARS + 20}) AS excerpt,
         json_extract(fields, '$.outlet') AS outlet, json_extract(fields, '$.occasion') AS occasion,
         json_extract(fields, '$.consentWithdrawn') AS withdrawn, updated_at
       FROM quote WHERE ambassador_id = ? AND deleted_at IS NULL
       ORDER BY ${STATUS_ORDER}, updated_at DESC, id LIMIT ? OFFSET ?`,
    ),
  };
  return {
    page(ambassadorId: string, offset: number, limit: number): QuotePage {
      const counts = Object.fromEntries(QUOTE_STATUSES.map((status) => [status, 0])) as Record<QuoteStatus, number>;
      for (const row of s.counts.all(ambassadorId)) counts[row.status] = row.n;
      const total = QUOTE_STATUSES.reduce((sum, status) => sum + counts[status], 0);
      const items = s.page.all(ambassadorId, limit, offset).map(toSummary);
      return { total, counts, offset, items: items.map((q) => ({ ...q, excerpt: q.excerpt.slice(0, EXCERPT_CHARS) })) };
    },
  };
}
