/**
 * Folder 0700, files 0600 (DESIGN.md section 4): with the permissive umask of a test or an older install (022),
 * so the app's own chmod is what is tested; the entry points' umask (077) is checked in private-files.test.ts.
 */
import type Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, DB_FILE_NAME } from '../backend/backend';
import { tempDir } from '../test-support/temp-backend';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase } from './open';

const mode = (path: string) => statSync(path).mode & 0o777;
const skipOnWindows = process.platform === 'win32';

let previousUmask = 0;
const cleanups: Array<() => void> = [];
beforeEach(() => {
  previousUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(previousUmask);
  for (const fn of cleanups.splice(0)) fn();
});

function folder(): string {
  const t = tempDir('studio-modes-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe.skipIf(skipOnWindows)('file modes', () => {
  it('a new data folder is 0700; the database and its -wal and -shm are 0600 while open', async () => {
    const dataDir = join(folder(), 'fresh', 'ambassador-studio');
    const backend = await createBackend({ dataDir, version: 'test', transport: 'direct' });
    try {
      expect(backend.status.state).toBe('ready');
      const db = join(dataDir, DB_FILE_NAME);
      expect(mode(dataDir)).toBe(0o700);
      // Something written, so SQLite keeps a WAL and its index beside the file.
      backend.db!.exec('CREATE TABLE IF NOT EXISTS probe (x); INSERT INTO probe VALUES (1)');
      for (const file of [db, `${db}-wal`, `${db}-shm`]) {
        expect(existsSync(file), file).toBe(true);
        expect(mode(file), file).toBe(0o600);
      }
    } finally {
      backend.close();
    }
  });

  it('an older install (folder 755, files 644, backups 644) is tightened when opened', async () => {
    const dataDir = folder();
    chmodSync(dataDir, 0o755);
    const dbPath = join(dataDir, DB_FILE_NAME);
    (await openDatabase({ path: dbPath, backupDir: join(dataDir, 'backups') })).db.close();
    const backups = join(dataDir, 'backups');
    mkdirSync(backups, { mode: 0o755 });
    const oldBackup = join(backups, 'ambassador-studio-v10-2026.sqlite');
    writeFileSync(oldBackup, 'old backup', { mode: 0o644 });
    chmodSync(dbPath, 0o644);
    // A WAL left by a crash keeps its own mode.
    writeFileSync(`${dbPath}-wal`, '', { mode: 0o644 });

    const backend = await createBackend({ dataDir, version: 'test', transport: 'direct' });
    try {
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(dbPath)).toBe(0o600);
      expect(mode(`${dbPath}-wal`)).toBe(0o600);
      expect(mode(backups)).toBe(0o700);
      expect(mode(oldBackup)).toBe(0o600);
    } finally {
      backend.close();
    }
  });

  it('a backup made before migrating is 0600 in a 0700 folder', async () => {
    const dir = folder();
    const path = join(dir, 'studio.sqlite');
    const backupDir = join(dir, 'backups');
    (await openDatabase({ path, backupDir })).db.close();
    const next = {
      version: LATEST_SCHEMA_VERSION + 10,
      name: 'test-step',
      up: (d: Database.Database) => d.exec('CREATE TABLE extra (id TEXT)'),
    };
    const { db } = await openDatabase({ path, backupDir, migrations: [...MIGRATIONS, next] });
    db.close();
    const [backup] = readdirSync(backupDir);
    expect(backup).toBeDefined();
    expect(mode(backupDir)).toBe(0o700);
    expect(mode(join(backupDir, backup!))).toBe(0o600);
  });

  it('never changes a shared sticky folder such as /tmp given as the data folder', async () => {
    const shared = join(folder(), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const backend = await createBackend({ dataDir: shared, version: 'test', transport: 'direct' });
    try {
      expect(statSync(shared).mode & 0o7777).toBe(0o1777);
      // The files in it are still the user's alone.
      expect(mode(join(shared, DB_FILE_NAME))).toBe(0o600);
    } finally {
      backend.close();
    }
  });
});
