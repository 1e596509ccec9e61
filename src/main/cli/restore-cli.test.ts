/** `npm run restore`: in-process runs against real data folders, one held open as the running app would, and tsx. */
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../backend/backend';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { seedAmbassador, seedQuote } from '../test-support/seed';
import { createTestStudio, type TestStudio } from '../test-support/test-studio';
import { RESTORE_USAGE, runRestoreCli } from './restore-cli';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);
const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) } };
}

/** A data folder with one quote in a backup file (outside the folder) and two in the data file. */
async function folderWithBackup(): Promise<{ studio: TestStudio; file: string; quotes: () => number }> {
  const studio = await createTestStudio();
  open.push(studio);
  const person = seedAmbassador(studio.services, { fullName: 'Amira Haddad' });
  seedQuote(studio.services, person.id, { text: 'Kept in the backup.' });
  const made = await studio.services.backup.create('manual');
  const file = join(studio.dir, 'chosen.sqlite');
  copyFileSync(join(studio.dir, 'backups', made.id), file);
  studio.services.backup.remove(made.id);
  seedQuote(studio.services, person.id, { text: 'Added later.' });
  const quotes = () => {
    const db = new Database(join(studio.dir, DB_FILE_NAME), { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM quote').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  return { studio, file, quotes };
}

describe('npm run restore', () => {
  it('refuses while the app has the data file open, and changes nothing', async () => {
    const { studio, file, quotes } = await folderWithBackup();
    const t = io();
    expect(await runRestoreCli(['--data-dir', studio.dir, file], t.io)).toBe(1);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/^restore: Another program has the data file open/);
    expect(quotes()).toBe(2);
    // The app goes on working on its file.
    expect(studio.services.quotes.list(studio.services.ambassadors.list()[0]!.id)).toHaveLength(2);
  });

  it('backs up the current data first, then restores and says what it did', async () => {
    const { studio, file, quotes } = await folderWithBackup();
    studio.backend.close();
    const t = io();
    expect(await runRestoreCli(['--data-dir', studio.dir, file], t.io)).toBe(0);
    expect(t.err).toEqual([]);
    const safety = readdirSync(join(studio.dir, 'backups'));
    expect(safety).toHaveLength(1);
    expect(safety[0]).toMatch(/-before-restore\.sqlite$/);
    expect(t.out[0]).toBe(`Backed up the current data to ${join(studio.dir, 'backups', safety[0]!)}`);
    expect(t.out[1]).toMatch(new RegExp(`^Restored ${file} \\(made .*\\) into `));
    expect(t.out[2]).toContain('1 ambassador, 0 message houses, 1 quote,');
    expect(quotes()).toBe(1);
  });

  it('refuses a damaged backup and one from a newer version before backing anything up', async () => {
    const { studio, file, quotes } = await folderWithBackup();
    studio.backend.close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const newer = io();
    expect(await runRestoreCli(['--data-dir', studio.dir, file], newer.io)).toBe(1);
    expect(newer.err[0]).toMatch(/^restore: The backup chosen\.sqlite was saved by a newer version/);
    writeFileSync(file, Buffer.alloc(8192, 0x41));
    const damaged = io();
    expect(await runRestoreCli(['--data-dir', studio.dir, file], damaged.io)).toBe(1);
    expect(damaged.err[0]).toMatch(/^restore: The backup chosen\.sqlite is damaged/);
    expect(readdirSync(join(studio.dir, 'backups'))).toEqual([]);
    expect(quotes()).toBe(2);
  });

  it('explains its usage and a missing file', async () => {
    const t = io();
    expect(await runRestoreCli(['--data-dir', '/tmp'], t.io)).toBe(2);
    expect(t.err).toEqual(['restore: give exactly one backup FILE to restore', RESTORE_USAGE]);
    const { studio } = await folderWithBackup();
    const missing = io();
    expect(await runRestoreCli(['--data-dir', studio.dir, '/nonexistent.sqlite'], missing.io)).toBe(1);
    expect(missing.err).toEqual(['restore: there is no backup file at /nonexistent.sqlite']);
  });

  it('runs as `npm run restore` does (tsx)', async () => {
    const { studio, file, quotes } = await folderWithBackup();
    studio.backend.close();
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['src/main/cli/restore.ts', '--data-dir', studio.dir, file],
      {
        cwd: ROOT,
      },
    );
    expect(stdout).toContain('Restored');
    expect(quotes()).toBe(1);
  }, 60_000);
});
