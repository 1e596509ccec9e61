import type { Migration } from './types';

/**
 * Real interview requests (issue 14) and their debriefs. One row per request, the checklist as columns (the
 * topics off limits as a JSON list); a debrief is its own row so a request without one has none, and so a
 * trainer-facing query can read the follow-up flag without touching the texts.
 *
 * Kept on this laptop only: not in SYNCED_TABLES, so bundles neither carry nor merge them (a debrief is private,
 * and a request is about one ambassador's own arrangements). Erasing the ambassador removes both (the erase
 * plan names them; ON DELETE CASCADE is the safety net).
 *
 * The Trash gains the kind 'interview': SQLite cannot change a CHECK, so trash_item is rebuilt with it.
 */
export const interviews: Migration = {
  version: 110,
  name: 'interviews',
  up(db) {
    db.exec(`
      CREATE TABLE interview_request (
        id TEXT PRIMARY KEY NOT NULL,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id) ON DELETE CASCADE,
        outlet TEXT NOT NULL,
        journalist TEXT NOT NULL DEFAULT '',
        angle TEXT NOT NULL DEFAULT '',
        others_interviewed TEXT NOT NULL DEFAULT '',
        deadline TEXT NOT NULL DEFAULT '',
        broadcast TEXT NOT NULL,
        format TEXT NOT NULL,
        length_minutes INTEGER NOT NULL DEFAULT 0 CHECK (length_minutes >= 0),
        interview_date TEXT NOT NULL DEFAULT '',
        runs_on TEXT NOT NULL DEFAULT '',
        name_mode TEXT NOT NULL,
        photo TEXT NOT NULL,
        off_limits TEXT NOT NULL DEFAULT '[]',
        legal_check TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX interview_request_ambassador ON interview_request(ambassador_id, deleted_at);

      CREATE TABLE interview_debrief (
        interview_id TEXT PRIMARY KEY NOT NULL REFERENCES interview_request(id) ON DELETE CASCADE,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id) ON DELETE CASCADE,
        went_well TEXT NOT NULL DEFAULT '',
        was_hard TEXT NOT NULL DEFAULT '',
        feeling TEXT NOT NULL,
        wants_follow_up INTEGER NOT NULL CHECK (wants_follow_up IN (0, 1)),
        share_with_trainer INTEGER NOT NULL DEFAULT 0 CHECK (share_with_trainer IN (0, 1)),
        filed_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interview_debrief_follow_up ON interview_debrief(wants_follow_up, ambassador_id);

      CREATE TABLE trash_item_new (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL
          CHECK (kind IN ('house', 'quote', 'question', 'questionSet', 'session', 'take', 'interview')),
        entity_id TEXT NOT NULL,
        ambassador_id TEXT,
        cohort_id TEXT,
        label TEXT NOT NULL,
        payload TEXT NOT NULL,
        media_ids TEXT NOT NULL DEFAULT '[]',
        deleted_at TEXT NOT NULL,
        deleted_by TEXT NOT NULL
      ) STRICT;
      INSERT INTO trash_item_new SELECT id, kind, entity_id, ambassador_id, cohort_id, label, payload, media_ids,
        deleted_at, deleted_by FROM trash_item;
      DROP TABLE trash_item;
      ALTER TABLE trash_item_new RENAME TO trash_item;
      CREATE INDEX trash_item_ambassador ON trash_item(ambassador_id, deleted_at);
      CREATE INDEX trash_item_deleted ON trash_item(deleted_at);
    `);
  },
};
