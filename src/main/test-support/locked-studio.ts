/**
 * The real backend started while another connection holds the data file's write lock, as when a second copy of the
 * app is in the middle of a save. `release()` lets go, so a test can press "Try again" and see the app carry on.
 */
import Database from 'better-sqlite3';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, DB_FILE_NAME, type Backend } from '../backend/backend';
import { openDatabase } from '../db/open';
import { createDirectApi, type DirectApi } from './direct-client';
import { tempDir } from './temp-backend';

export interface LockedStudio {
  api: DirectApi;
  backend: Backend;
  dir: string;
  release(): void;
  /** The files in a folder with their modes (e.g. 0o600), to check a recovery copy. */
  filesIn(folder: string): Array<{ name: string; mode: number }>;
  folderMode(folder: string): number;
  close(): void;
}

export async function createLockedStudio(): Promise<LockedStudio> {
  const { dir, cleanup } = tempDir('studio-ui-locked-');
  const path = join(dir, DB_FILE_NAME);
  (await openDatabase({ path, backupDir: join(dir, 'backups') })).db.close();
  const other = new Database(path);
  other.exec('BEGIN EXCLUSIVE');
  other.exec(`INSERT INTO setting (key, value, updated_at) VALUES ('other-copy', '"saving"', 'now')`);
  const backend = await createBackend({ dataDir: dir, version: 'test', transport: 'direct', dailyBackups: false });
  const release = () => {
    if (!other.open) return;
    other.exec('ROLLBACK');
    other.close();
  };
  return {
    api: createDirectApi(backend.handlers),
    backend,
    dir,
    release,
    filesIn: (folder) => readdirSync(folder).map((name) => ({ name, mode: statSync(join(folder, name)).mode & 0o777 })),
    folderMode: (folder) => statSync(folder).mode & 0o777,
    close() {
      release();
      backend.close();
      cleanup();
    },
  };
}
