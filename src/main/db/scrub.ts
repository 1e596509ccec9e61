import type { Database } from 'better-sqlite3';

/**
 * Making removed words really leave the disk. secure_delete (set when the file opens) zeroes what a change frees
 * inside a page, but in WAL mode the page holding the words may still sit in the main file, or in older frames of
 * the -wal file, until a checkpoint copies the new page over it. These run outside any transaction.
 */

interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Copies every page from the WAL into the data file and empties the WAL to 0 bytes. False when another
 * connection was reading, in which case SQLite finishes the job at a later checkpoint.
 */
export function flushWal(db: Database, schema = 'main'): boolean {
  const [row] = db.pragma(`${schema}.wal_checkpoint(TRUNCATE)`) as CheckpointRow[];
  return row === undefined || row.busy === 0;
}

/**
 * Rewrites the whole file from its live rows only, so nothing deleted survives in free pages or page slack. In
 * WAL mode VACUUM writes the new file through the WAL, hence the checkpoint on each side.
 */
export function vacuumAndFlush(db: Database, schema = 'main'): boolean {
  const before = flushWal(db, schema);
  db.exec(`VACUUM ${schema}`);
  return flushWal(db, schema) && before;
}
