import type { Database } from 'better-sqlite3';

/**
 * Damages a quote the way a hand edit, a later schema change or a merge can: its social platform becomes one
 * this version does not know. Straight in the database, because no channel writes what its schema refuses.
 * Answers the damaged text as stored.
 */
export function damageQuoteFields(db: Database, quoteId: string): string {
  const stored = db.prepare('SELECT fields FROM quote WHERE id = ?').pluck().get(quoteId) as string;
  const fields = JSON.parse(stored) as { variants: Record<string, unknown> };
  const damaged = JSON.stringify({ ...fields, variants: { ...fields.variants, socialPlatform: 'myspace' } });
  db.prepare('UPDATE quote SET fields = ? WHERE id = ?').run(damaged, quoteId);
  return damaged;
}
