import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-backend';
import { createBackend, DB_FILE_NAME } from './backend';
import { dispatch } from './dispatch';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('createBackend', () => {
  it('opens a ready backend and reports its status', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const backend = await createBackend({ dataDir: t.dir, version: '1.2.3', transport: 'direct' });
    expect(backend.status).toMatchObject({ state: 'ready', version: '1.2.3', dbPath: join(t.dir, DB_FILE_NAME) });
    backend.close();
  });

  it('starts in a recoverable error state for a damaged file: status explains, every other channel refuses', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const path = join(t.dir, DB_FILE_NAME);
    writeFileSync(path, Buffer.alloc(4096, 0x41));
    const backend = await createBackend({ dataDir: t.dir, version: 'x', transport: 'direct' });
    const status = await dispatch(backend.handlers, 'app:status', {}, { transport: 'direct', clientId: 'test' });
    expect(status).toMatchObject({ ok: true, value: { state: 'error', code: 'DB_CORRUPT', dbPath: path } });
    const list = await dispatch(backend.handlers, 'ambassador:list', {}, { transport: 'direct', clientId: 'test' });
    expect(list).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    expect(readFileSync(path).equals(Buffer.alloc(4096, 0x41))).toBe(true);
  });

  it('starts in an error state for a newer database and leaves it untouched', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const path = join(t.dir, DB_FILE_NAME);
    const db = new Database(path);
    db.pragma('user_version = 9990');
    db.close();
    const before = readFileSync(path);
    const backend = await createBackend({ dataDir: t.dir, version: 'x', transport: 'direct' });
    expect(backend.status).toMatchObject({ state: 'error', code: 'DB_NEWER' });
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
