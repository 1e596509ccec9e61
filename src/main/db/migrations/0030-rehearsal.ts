import type { Migration } from './types';

/**
 * Interview rehearsal: cohort questions (built-in ones live in resources/question-bank.json), trainers'
 * question sets, sessions with their takes and recordings, and one FSRS card per ambassador and question.
 */
export const rehearsal: Migration = {
  version: 30,
  name: 'rehearsal',
  up(db) {
    db.exec(`
      CREATE TABLE question (
        id TEXT PRIMARY KEY NOT NULL,
        cohort_id TEXT REFERENCES cohort(id),
        category TEXT NOT NULL,
        difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 3),
        text TEXT NOT NULL,
        bridge_hint TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      -- Retiring applies to built-in and custom questions alike, per cohort.
      CREATE TABLE question_retired (
        cohort_id TEXT NOT NULL REFERENCES cohort(id),
        question_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (cohort_id, question_id)
      ) STRICT;

      CREATE TABLE question_set (
        id TEXT PRIMARY KEY NOT NULL,
        cohort_id TEXT NOT NULL REFERENCES cohort(id),
        name TEXT NOT NULL,
        question_ids TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE rehearsal_session (
        id TEXT PRIMARY KEY NOT NULL,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id),
        interview_type TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('due', 'random', 'set')),
        question_ids TEXT NOT NULL,
        finished_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX rehearsal_session_ambassador ON rehearsal_session(ambassador_id, created_at) WHERE deleted_at IS NULL;

      CREATE TABLE take (
        id TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES rehearsal_session(id),
        question_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        target_seconds INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        recording_media_id TEXT REFERENCES media(id),
        metrics TEXT,
        rating TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX take_session ON take(session_id, position) WHERE deleted_at IS NULL;

      CREATE TABLE review_card (
        id TEXT PRIMARY KEY NOT NULL,
        ambassador_id TEXT NOT NULL REFERENCES ambassador(id),
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        UNIQUE (ambassador_id, question_id)
      ) STRICT;
      CREATE INDEX review_card_due ON review_card(ambassador_id, due);
    `);
  },
};
