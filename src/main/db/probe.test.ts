import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/result';
import { tempDir } from '../test-support/temp-backend';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase } from './open';
import { probeDatabase } from './probe';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
  const t = tempDir('studio-probe-');
  cleanup = t.cleanup;
  return join(t.dir, 'studio.sqlite');
}

describe('probeDatabase', () => {
  it('a missing file is a new database; nothing is created', () => {
    const path = setup();
    expect(probeDatabase(path, LATEST_SCHEMA_VERSION)).toEqual({ kind: 'new' });
    expect(existsSync(path)).toBe(false);
  });

  it('a sound file passes, and creates no -wal or -shm beside it (only its copy is opened)', async () => {
    const path = setup();
    (await openDatabase({ path, backupDir: join(path, '..', 'backups') })).db.close();
    const before = readFileSync(path);
    expect(probeDatabase(path, LATEST_SCHEMA_VERSION)).toEqual({ kind: 'sound', userVersion: LATEST_SCHEMA_VERSION });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });

  it('a WAL without its main file is refused, not deleted (SQLite would delete it)', () => {
    const path = setup();
    const wal = Buffer.alloc(4096, 7);
    writeFileSync(`${path}-wal`, wal);
    const error = (() => {
      try {
        probeDatabase(path, LATEST_SCHEMA_VERSION);
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_CORRUPT');
    expect(readFileSync(`${path}-wal`).equals(wal)).toBe(true);
    expect(existsSync(path)).toBe(false);
  });
});
