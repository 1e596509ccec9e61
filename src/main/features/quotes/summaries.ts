import type { Database } from 'better-sqlite3';
import { QUOTE_STATUSES, quoteFieldsSchema, type QuoteStatus } from '../../../shared/features/quotes/schemas';
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

const field = (name: string) => `CASE WHEN json_valid(fields) THEN json_extract(fields, '$.${name}') END`;

const toSummary = (row: SummaryRow): QuoteSummary => ({
  id: row.id,
  status: row.status,
  excerpt: (row.excerpt ?? '').trim(),
  outlet: row.outlet ?? '',
  occasion: row.occasion ?? '',
  consentWithdrawn: row.withdrawn === 1,
  updatedAt: row.updated_at,
});

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The Press quotes list, read a window at a time. The few fields a row shows are picked out of the JSON in
 * SQLite, so a page of 10,000 quotes never parses (or sends) a quote's variants and consent notes.
 */
export function createQuoteSummaryRepository(db: Database) {
  const s = {
    fields: db.prepare<[string], string>('SELECT fields FROM quote WHERE id = ?').pluck(),
    counts: db.prepare<[string], { status: QuoteStatus; n: number }>(
      'SELECT status, count(*) AS n FROM quote WHERE ambassador_id = ? AND deleted_at IS NULL GROUP BY status',
    ),
    page: db.prepare<[string, number, number], SummaryRow>(
      // json_valid first: one quote stored as broken JSON must not make the whole list fail to load.
      `SELECT id, status, substr(${field('text')}, 1, ${EXCERPT_CHARS + 20}) AS excerpt,
         ${field('outlet')} AS outlet, ${field('occasion')} AS occasion,
         ${field('consentWithdrawn')} AS withdrawn, updated_at
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
      // Only the window's quotes are checked whole: a row that needs repair is marked in the list.
      const damaged = new Set(
        items
          .filter((q) => !quoteFieldsSchema.safeParse(parseOrNull(s.fields.get(q.id) ?? '')).success)
          .map((q) => q.id),
      );
      return {
        total,
        counts,
        offset,
        items: items.map((q) => ({
          ...q,
          excerpt: q.excerpt.slice(0, EXCERPT_CHARS),
          ...(damaged.has(q.id) ? { needsRepair: true } : {}),
        })),
      };
    },
  };
}
