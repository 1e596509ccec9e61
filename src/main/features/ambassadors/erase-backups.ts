import type { Database } from 'better-sqlite3';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { vacuumAndFlush } from '../../db/scrub';
import { runErasePlan } from './erase-plan';

const SCHEMA = 'erase_backup';
/** What SQLite may leave beside a file; a backup removed whole takes these with it. */
const SIDECARS = ['', '-wal', '-shm', '-journal'];

export interface BackupErasure {
  cleaned: number;
  /** Backups that could not be cleaned and were deleted instead, by file name. */
  removed: string[];
}

/**
 * The pre-migration backups (`db.backup` copies of the whole file) hold the person too. Each is attached to the
 * open connection, so it is read by the same SQLite build as the data file (Electron's own), cleaned with the same
 * plan and vacuumed. One that cannot be opened, checked or cleaned is deleted: keeping a copy of someone who
 * asked to be forgotten is worse than losing an old backup.
 */
export function eraseFromBackups(db: Database, backupDir: string, ambassadorId: string): BackupErasure {
  const result: BackupErasure = { cleaned: 0, removed: [] };
  if (!existsSync(backupDir)) return result;
  const files = readdirSync(backupDir).filter((name) => name.endsWith('.sqlite'));
  for (const name of files) {
    const path = join(backupDir, name);
    let attached = false;
    try {
      db.prepare(`ATTACH DATABASE ? AS ${SCHEMA}`).run(path);
      attached = true;
      if (db.pragma(`${SCHEMA}.quick_check`, { simple: true }) !== 'ok') throw new Error('damaged backup');
      db.pragma(`${SCHEMA}.secure_delete = ON`);
      const { total } = db.transaction(() => runErasePlan(db, SCHEMA, ambassadorId))();
      if (total > 0) {
        vacuumAndFlush(db, SCHEMA);
        result.cleaned += 1;
      }
    } catch {
      result.removed.push(name);
    } finally {
      if (attached) db.exec(`DETACH DATABASE ${SCHEMA}`);
    }
    if (result.removed.includes(name)) {
      for (const suffix of SIDECARS) rmSync(`${path}${suffix}`, { force: true });
    }
  }
  return result;
}
