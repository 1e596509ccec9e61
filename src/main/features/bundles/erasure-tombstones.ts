import type { Database } from 'better-sqlite3';
import { idHash } from './hash';

/** Every synchronised row about one person, by table, as SQL over their id. */
const ROWS_ABOUT: Array<[table: string, sql: string]> = [
  ['ambassador', 'SELECT id FROM ambassador WHERE id = @id'],
  ['message_house', 'SELECT id FROM message_house WHERE ambassador_id = @id'],
  ['quote', 'SELECT id FROM quote WHERE ambassador_id = @id'],
  ['comment', 'SELECT id FROM comment WHERE ambassador_id = @id'],
  ['rehearsal_session', 'SELECT id FROM rehearsal_session WHERE ambassador_id = @id'],
  ['take', 'SELECT id FROM take WHERE session_id IN (SELECT id FROM rehearsal_session WHERE ambassador_id = @id)'],
  ['review_card', 'SELECT id FROM review_card WHERE ambassador_id = @id'],
  ['sheet_confirmation', 'SELECT id FROM sheet_confirmation WHERE ambassador_id = @id'],
];

/**
 * Before a person is erased: a tombstone for each of their rows, so no older bundle (made before the erasure, on
 * any laptop) can bring them back, and the next bundles remove them from the other laptops too. A tombstone keeps
 * the sha256 of a row's id, not the id and never any text. Call inside the erasure's transaction.
 */
export function addErasureTombstones(db: Database, ambassadorId: string, now: string): number {
  const device = db.prepare<[], { id: string }>('SELECT id FROM device').get()?.id ?? '';
  const insert = db.prepare(
    'INSERT OR IGNORE INTO tombstone (table_name, id_hash, deleted_at, device_id) VALUES (?, ?, ?, ?)',
  );
  let added = 0;
  for (const [table, sql] of ROWS_ABOUT) {
    for (const id of db.prepare<{ id: string }, string>(sql).pluck().all({ id: ambassadorId })) {
      added += insert.run(table, idHash(id), now, device).changes;
    }
  }
  return added;
}
