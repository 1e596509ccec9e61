import type { Database } from 'better-sqlite3';

/**
 * Every row about one ambassador, as plain SQL over table names. Not through each feature's repository, for two
 * reasons: the same steps run on backups made by older versions of the app (attached to the open connection,
 * where some tables do not exist yet and every name needs its schema), and one list in one file is what a
 * reviewer checks to see that nothing is left behind. erase.test.ts fails when a new table is not placed here or
 * in NOT_ABOUT_ANYONE.
 */
interface Step {
  /** The table rows are removed from, which must exist in this schema for the step to run. */
  table: string;
  /** Other tables the statement reads. */
  reads?: string[];
  /** The statement for schema `s`, with the ambassador's id bound as @id. */
  sql: (s: string) => string;
}

/** Children before parents, so the foreign keys accept every step. */
const STEPS: Step[] = [
  // Their deleted work, kept in the Trash for 30 days (migration 0095): it goes with them.
  { table: 'trash_item', sql: (s) => `DELETE FROM ${s}.trash_item WHERE ambassador_id = @id` },
  // The originals of their repaired values (migration 0095).
  { table: 'repaired_value', sql: (s) => `DELETE FROM ${s}.repaired_value WHERE ambassador_id = @id` },
  // What two laptops last agreed on for each of their rows, and conflicts about them (migration 0090).
  {
    table: 'sync_base',
    reads: ['message_house', 'quote', 'comment', 'rehearsal_session', 'take', 'review_card', 'sheet_confirmation'],
    sql: (s) =>
      `DELETE FROM ${s}.sync_base WHERE (table_name = 'ambassador' AND row_id = @id)
         OR (table_name = 'message_house' AND row_id IN (SELECT id FROM ${s}.message_house WHERE ambassador_id = @id))
         OR (table_name = 'quote' AND row_id IN (SELECT id FROM ${s}.quote WHERE ambassador_id = @id))
         OR (table_name = 'comment' AND row_id IN (SELECT id FROM ${s}.comment WHERE ambassador_id = @id))
         OR (table_name = 'rehearsal_session'
             AND row_id IN (SELECT id FROM ${s}.rehearsal_session WHERE ambassador_id = @id))
         OR (table_name = 'take' AND row_id IN (SELECT t.id FROM ${s}.take t
             JOIN ${s}.rehearsal_session r ON r.id = t.session_id WHERE r.ambassador_id = @id))
         OR (table_name = 'review_card' AND row_id IN (SELECT id FROM ${s}.review_card WHERE ambassador_id = @id))
         OR (table_name = 'sheet_confirmation'
             AND row_id IN (SELECT id FROM ${s}.sheet_confirmation WHERE ambassador_id = @id))`,
  },
  { table: 'bundle_conflict', sql: (s) => `DELETE FROM ${s}.bundle_conflict WHERE ambassador_id = @id` },
  { table: 'revision', sql: (s) => `DELETE FROM ${s}.revision WHERE entity_type = 'ambassador' AND entity_id = @id` },
  {
    table: 'revision',
    reads: ['message_house'],
    sql: (s) =>
      `DELETE FROM ${s}.revision WHERE entity_type = 'house'
         AND entity_id IN (SELECT id FROM ${s}.message_house WHERE ambassador_id = @id)`,
  },
  {
    table: 'revision',
    reads: ['quote'],
    sql: (s) =>
      `DELETE FROM ${s}.revision WHERE entity_type = 'quote'
         AND entity_id IN (SELECT id FROM ${s}.quote WHERE ambassador_id = @id)`,
  },
  {
    table: 'search_index',
    reads: ['search_doc'],
    sql: (s) =>
      `DELETE FROM ${s}.search_index WHERE rowid IN (SELECT id FROM ${s}.search_doc WHERE ambassador_id = @id)`,
  },
  { table: 'search_doc', sql: (s) => `DELETE FROM ${s}.search_doc WHERE ambassador_id = @id` },
  { table: 'comment', sql: (s) => `DELETE FROM ${s}.comment WHERE ambassador_id = @id` },
  { table: 'sheet_confirmation', sql: (s) => `DELETE FROM ${s}.sheet_confirmation WHERE ambassador_id = @id` },
  { table: 'review_card', sql: (s) => `DELETE FROM ${s}.review_card WHERE ambassador_id = @id` },
  {
    table: 'take',
    reads: ['rehearsal_session'],
    sql: (s) =>
      `DELETE FROM ${s}.take WHERE session_id IN (SELECT id FROM ${s}.rehearsal_session WHERE ambassador_id = @id)`,
  },
  { table: 'rehearsal_session', sql: (s) => `DELETE FROM ${s}.rehearsal_session WHERE ambassador_id = @id` },
  // One statement for all their quotes: a revised quote points at its parent, and SQLite checks at the end.
  { table: 'quote', sql: (s) => `DELETE FROM ${s}.quote WHERE ambassador_id = @id` },
  { table: 'message_house', sql: (s) => `DELETE FROM ${s}.message_house WHERE ambassador_id = @id` },
  // Their real interview requests and debriefs (migration 0110); the debrief first, it points at its request.
  { table: 'interview_debrief', sql: (s) => `DELETE FROM ${s}.interview_debrief WHERE ambassador_id = @id` },
  { table: 'interview_request', sql: (s) => `DELETE FROM ${s}.interview_request WHERE ambassador_id = @id` },
  { table: 'workspace_pin', sql: (s) => `DELETE FROM ${s}.workspace_pin WHERE ambassador_id = @id` },
  { table: 'secret_throttle', sql: (s) => `DELETE FROM ${s}.secret_throttle WHERE target = 'workspace:' || @id` },
  // Their speaking pace, "open this person next", and any later setting keyed by them.
  {
    table: 'setting',
    sql: (s) =>
      `DELETE FROM ${s}.setting WHERE instr(key, @id) > 0
         OR (key = 'currentAmbassadorId' AND value = json_quote(@id))`,
  },
  { table: 'ambassador', sql: (s) => `DELETE FROM ${s}.ambassador WHERE id = @id` },
];

/** Their photo and recordings: collected before the rows that point at them go, removed after. */
const MEDIA_OF: Step[] = [
  {
    table: 'trash_item',
    sql: (s) => `SELECT j.value AS id FROM ${s}.trash_item t, json_each(t.media_ids) j WHERE t.ambassador_id = @id`,
  },
  { table: 'ambassador', sql: (s) => `SELECT photo_media_id AS id FROM ${s}.ambassador WHERE id = @id` },
  {
    table: 'take',
    reads: ['rehearsal_session'],
    sql: (s) =>
      `SELECT t.recording_media_id AS id FROM ${s}.take t JOIN ${s}.rehearsal_session r ON r.id = t.session_id
       WHERE r.ambassador_id = @id`,
  },
];

/** Tables that hold nothing about one person (cohort-wide or laptop-wide); checked by erase.test.ts. */
export const NOT_ABOUT_ANYONE = [
  'cohort',
  'question',
  'question_retired',
  'question_set',
  'cohort_logo',
  // A cohort's agenda: times, titles and the trainer's notes for the group (migration 0100).
  'agenda',
  'agenda_block',
  'trainer',
  'device',
  // Rows removed for good, by the sha256 of their id: no id and no text (see migration 0090).
  'tombstone',
];
/** Every table the plan removes rows from. */
export const ERASED_TABLES = [...new Set([...STEPS.map((s) => s.table), 'media'])];

export interface PlanResult {
  /** Rows removed, by table (tables with none left out). */
  rows: Record<string, number>;
  total: number;
}

function tablesOf(db: Database, schema: string): Set<string> {
  const rows = db.prepare<[], { name: string }>(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'table'`).all();
  return new Set(rows.map((r) => r.name));
}

/**
 * Removes one ambassador's rows from `schema` ('main', or an attached backup). Call inside a transaction; the
 * caller then flushes and vacuums, because deleted rows still leave their bytes in the WAL and in free pages.
 */
export function runErasePlan(db: Database, schema: string, id: string): PlanResult {
  const tables = tablesOf(db, schema);
  const runs = (step: Step) => [step.table, ...(step.reads ?? [])].every((t) => tables.has(t));

  const mediaIds = MEDIA_OF.filter(runs).flatMap((step) =>
    db
      .prepare<{ id: string }, { id: string | null }>(step.sql(schema))
      .all({ id })
      .map((r) => r.id)
      .filter((m): m is string => m !== null),
  );

  const rows: Record<string, number> = {};
  const count = (table: string, changes: number) => {
    if (changes > 0) rows[table] = (rows[table] ?? 0) + changes;
  };
  for (const step of STEPS.filter(runs)) count(step.table, db.prepare(step.sql(schema)).run({ id }).changes);
  if (tables.has('media')) {
    const remove = db.prepare<[string]>(`DELETE FROM ${schema}.media WHERE id = ?`);
    for (const mediaId of new Set(mediaIds)) count('media', remove.run(mediaId).changes);
  }
  // Deleting from an FTS5 index only marks the words as gone; merging the index drops them for real.
  if (rows.search_index && tables.has('search_index')) {
    db.prepare(`INSERT INTO ${schema}.search_index(search_index) VALUES ('optimize')`).run();
  }
  return { rows, total: Object.values(rows).reduce((a, b) => a + b, 0) };
}
