import type { Migration } from './types';

/**
 * The writing exercises: message houses (and message boxes), press quotes with their status flow,
 * comments on any field, and a full-text index over all of them.
 */
export const messagesAndQuotes: Migration = {
  version: 20,
  name: 'messages-quotes',
  up(db) {
    db.exec(`
      CREATE TABLE message_house (
        id TEXT PRIMARY KEY NOT NULL,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id),
        is_primary INTEGER NOT NULL DEFAULT 0,
        fields TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX message_house_ambassador ON message_house(ambassador_id) WHERE deleted_at IS NULL;

      CREATE TABLE quote (
        id TEXT PRIMARY KEY NOT NULL,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id),
        house_id TEXT REFERENCES message_house(id),
        parent_id TEXT REFERENCES quote(id),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved', 'retired')),
        fields TEXT NOT NULL,
        approved_by TEXT,
        approved_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX quote_ambassador ON quote(ambassador_id, status) WHERE deleted_at IS NULL;

      CREATE TABLE comment (
        id TEXT PRIMARY KEY NOT NULL,
        target_type TEXT NOT NULL CHECK (target_type IN ('house', 'quote')),
        target_id TEXT NOT NULL,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id),
        field TEXT NOT NULL,
        author_role TEXT NOT NULL CHECK (author_role IN ('ambassador', 'trainer')),
        author_name TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        resolved_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX comment_target ON comment(target_type, target_id) WHERE deleted_at IS NULL;
      CREATE INDEX comment_open ON comment(resolved_at) WHERE deleted_at IS NULL;

      -- One row per searchable document; its integer id is the rowid in the FTS index, so an update can
      -- replace a document without scanning the index.
      CREATE TABLE search_doc (
        id INTEGER PRIMARY KEY,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL UNIQUE,
        ambassador_id TEXT NOT NULL
      ) STRICT;
      CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
    `);
  },
};
