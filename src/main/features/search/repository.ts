import type { Database } from 'better-sqlite3';

export type SearchEntity = 'house' | 'quote' | 'comment';

export interface SearchHit {
  entityType: SearchEntity;
  entityId: string;
  ambassadorId: string;
  title: string;
  snippet: string;
  rank: number;
}

/** Turns what a person types into an FTS5 query: every word as a quoted prefix term, so no syntax errors. */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

export interface SearchScope {
  /** Only this ambassador's houses, quotes and comments; null for everyone's (trainers). */
  only: string | null;
  includeArchived: boolean;
}

export function createSearchRepository(db: Database) {
  const s = {
    docId: db.prepare<[string], { id: number }>('SELECT id FROM search_doc WHERE entity_id = ?'),
    insertDoc: db.prepare<[string, string, string]>(
      'INSERT INTO search_doc (entity_type, entity_id, ambassador_id) VALUES (?, ?, ?)',
    ),
    deleteDoc: db.prepare<[number]>('DELETE FROM search_doc WHERE id = ?'),
    deleteIndex: db.prepare<[number]>('DELETE FROM search_index WHERE rowid = ?'),
    insertIndex: db.prepare<[number, string, string]>('INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)'),
    optimize: db.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')"),
    query: db.prepare<
      { fts: string; limit: number; only: string | null; archived: number },
      {
        entity_type: SearchEntity;
        entity_id: string;
        ambassador_id: string;
        title: string;
        snippet: string;
        rank: number;
      }
    >(
      `SELECT d.entity_type, d.entity_id, d.ambassador_id, search_index.title AS title,
              snippet(search_index, 1, '[', ']', '…', 12) AS snippet, rank
       FROM search_index JOIN search_doc d ON d.id = search_index.rowid
       JOIN ambassador a ON a.id = d.ambassador_id AND a.deleted_at IS NULL
       WHERE search_index MATCH @fts
         AND (@only IS NULL OR d.ambassador_id = @only)
         AND (@archived = 1 OR a.archived_at IS NULL)
       ORDER BY rank LIMIT @limit`,
    ),
  };
  const remove = (entityId: string) => {
    const doc = s.docId.get(entityId);
    if (!doc) return;
    s.deleteIndex.run(doc.id);
    s.deleteDoc.run(doc.id);
  };
  return {
    /** Replaces the indexed text of one document. Call inside the transaction that changes it. */
    upsert(entityType: SearchEntity, entityId: string, ambassadorId: string, title: string, body: string): void {
      remove(entityId);
      const { lastInsertRowid } = s.insertDoc.run(entityType, entityId, ambassadorId);
      s.insertIndex.run(Number(lastInsertRowid), title, body);
    },
    remove,
    /**
     * Removing a document from an FTS5 index only marks its words as deleted; they stay in the index's pages
     * until the segments are merged. Merging them all (cheap at a studio's size) makes removed words really go.
     */
    purgeRemoved(): void {
      s.optimize.run();
    },
    /**
     * The best matches, scoped in SQL (not filtered afterwards, so a scope never costs results): `only` one
     * ambassador's work, and archived people's work only when asked for.
     */
    query(input: string, scope: SearchScope, limit = 30): SearchHit[] {
      const fts = toFtsQuery(input);
      if (!fts) return [];
      const params = { fts, limit, only: scope.only, archived: scope.includeArchived ? 1 : 0 };
      return s.query.all(params).map((r) => ({
        entityType: r.entity_type,
        entityId: r.entity_id,
        ambassadorId: r.ambassador_id,
        title: r.title,
        snippet: r.snippet,
        rank: r.rank,
      }));
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
