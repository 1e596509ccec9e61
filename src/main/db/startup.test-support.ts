/** Shared by the start-up test set: temp folders, sha256 of a data file and its -wal and -shm, the backend. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../backend/backend';
import { call } from '../backend/dispatch';
import { tempDir } from '../test-support/temp-backend';

export const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

export function folder(): string {
  const t = tempDir('studio-startup-');
  cleanups.push(t.cleanup);
  return t.dir;
}

export type Hashes = Record<'db' | 'wal' | 'shm', string>;

export function hashes(path: string): Hashes {
  const hash = (file: string) =>
    existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent';
  return { db: hash(path), wal: hash(`${path}-wal`), shm: hash(`${path}-shm`) };
}

export async function start(dataDir: string): Promise<Backend> {
  const backend = await createBackend({ dataDir, version: 'test', transport: 'direct', dailyBackups: false });
  cleanups.push(() => backend.close());
  return backend;
}

export async function statusOf(backend: Backend) {
  const result = await call(backend.handlers, 'app:status', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
