import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-backend';
import { stageReplacement, stagingPath, swapInReplacement } from './replace';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function files() {
  const { dir, cleanup } = tempDir('backup-replace-');
  cleanups.push(cleanup);
  const live = join(dir, 'live.sqlite');
  const backup = join(dir, 'backup.sqlite');
  for (const [path, text] of [
    [live, 'live'],
    [backup, 'backup'],
  ] as const) {
    const db = new Database(path);
    db.exec('CREATE TABLE t (x TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run(text);
    db.close();
  }
  const read = (path: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return (db.prepare('SELECT x FROM t').get() as { x: string }).x;
    } finally {
      db.close();
    }
  };
  return { live, backup, read };
}

describe('replacing the live file', () => {
  it('stages a synced copy beside the live file and renames it over it', async () => {
    const { live, backup, read } = files();
    const staged = await stageReplacement(backup, live);
    expect(staged).toBe(stagingPath(live));
    expect(read(live)).toBe('live');
    swapInReplacement(staged, live);
    expect(read(live)).toBe('backup');
    expect(existsSync(staged)).toBe(false);
  });

  it('a rename that fails leaves the live file byte-identical and removes the copy', async () => {
    const { live, backup } = files();
    const bytes = readFileSync(live);
    const staged = await stageReplacement(backup, live);
    const failing = {
      rename: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(() => swapInReplacement(staged, live, failing)).toThrow(
      /^The data file could not be replaced \(ENOSPC: no space left on device\); your current work is unchanged\.$/,
    );
    expect(readFileSync(live).equals(bytes)).toBe(true);
    expect(existsSync(staged)).toBe(false);
  });

  it('refuses while a WAL is beside the live file (another program has it open)', async () => {
    const { live, backup, read } = files();
    const staged = await stageReplacement(backup, live);
    writeFileSync(`${live}-wal`, '');
    expect(() => swapInReplacement(staged, live)).toThrow(/Another program has the data file open/);
    expect(read(live)).toBe('live');
  });

  it('a backup that cannot be read is not staged, and nothing changes', async () => {
    const { live, read } = files();
    await expect(stageReplacement(join(live, '..', 'missing.sqlite'), live)).rejects.toMatchObject({
      code: 'NOT_SAVED',
    });
    expect(existsSync(stagingPath(live))).toBe(false);
    expect(read(live)).toBe('live');
  });
});
