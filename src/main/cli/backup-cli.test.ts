/**
 * `npm run backup` and `npm run restore`: in-process runs against real data folders (one held open by a second
 * connection, as the running app would), a tiny tmpfs for a full disk, and both entry points run with tsx.
 */
import Database from 'better-sqlite3';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../backend/backend';
import { createTestStudio, type TestStudio } from '../test-support/test-studio';
import { seedAmbassador, seedQuote } from '../test-support/seed';
import { BACKUP_USAGE, runBackupCli } from './backup-cli';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

let root: string;
let studio: TestStudio;
const tiny = join(tmpdir(), `studio-backup-full-${process.pid}`);
let mountedTiny = false;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l) } };
}

const quotesIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM quote').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'studio-backup-cli-'));
  // The "running app": its connection stays open with the newest quotes still in the WAL.
  studio = await createTestStudio();
  studio.backend.db!.pragma('wal_autocheckpoint = 0');
  const person = seedAmbassador(studio.services, { fullName: 'Amira Haddad' });
  for (let i = 0; i < 300; i += 1) seedQuote(studio.services, person.id, { text: `Quote ${i}` });
  mkdirSync(tiny, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', tiny], { stdio: 'ignore' });
    mountedTiny = true;
  } catch {
    mountedTiny = false;
  }
});

afterAll(() => {
  studio.close();
  if (mountedTiny) execFileSync('umount', [tiny], { stdio: 'ignore' });
  rmSync(tiny, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

describe('npm run backup', () => {
  it('copies every quote while the app holds the file, including the ones still in its WAL', async () => {
    const out = join(root, 'copy.sqlite');
    const t = io();
    expect(await runBackupCli(['--data-dir', studio.dir, '--out', out], t.io)).toBe(0);
    expect(t.err).toEqual([]);
    expect(t.out[0]).toBe(`Backed up ${join(studio.dir, DB_FILE_NAME)} to ${out}`);
    expect(t.out[1]).toMatch(/data version \d+: 0 cohorts, 1 ambassador, 0 message houses, 300 quotes/);
    expect(quotesIn(out)).toBe(300);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(root)).toEqual(['copy.sqlite']);
  });

  it('without --out, adds a backup to the data folder that the app lists', async () => {
    const t = io();
    expect(await runBackupCli(['--data-dir', studio.dir], t.io)).toBe(0);
    const listed = studio.services.backup.list();
    expect(listed).toHaveLength(1);
    expect(t.out[0]).toContain(listed[0]!.id);
  });

  it('says what is wrong in one line: no data, a missing folder, a full disk', async () => {
    const none = io();
    expect(await runBackupCli(['--data-dir', join(root, 'nowhere'), '--out', join(root, 'x.sqlite')], none.io)).toBe(1);
    expect(none.err).toEqual([
      `backup: no Ambassador Studio data in ${join(root, 'nowhere')} (expected ${DB_FILE_NAME})`,
    ]);

    const folder = io();
    expect(await runBackupCli(['--data-dir', studio.dir, '--out', join(root, 'no', 'x.sqlite')], folder.io)).toBe(1);
    expect(folder.err[0]).toMatch(/^backup: cannot write .*: the folder .* does not exist$/);

    if (!mountedTiny) return;
    const full = io();
    expect(await runBackupCli(['--data-dir', studio.dir, '--out', join(tiny, 'x.sqlite')], full.io)).toBe(1);
    expect(full.err).toHaveLength(1);
    expect(full.err[0]).toMatch(
      /^backup: The backup could not be saved in .* \(the disk is full\); older backups are unchanged\.$/,
    );
    expect(readdirSync(tiny)).toEqual([]);
  });

  it('explains its usage', async () => {
    const t = io();
    expect(await runBackupCli(['--out', 'x'], t.io)).toBe(2);
    expect(t.err).toEqual(['backup: --data-dir is required', BACKUP_USAGE]);
  });

  it('runs as `npm run backup` does (tsx)', async () => {
    const out = join(root, 'from-tsx.sqlite');
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['src/main/cli/backup.ts', '--data-dir', studio.dir, '--out', out],
      {
        cwd: ROOT,
      },
    );
    expect(stdout).toContain('300 quotes');
    expect(quotesIn(out)).toBe(300);
  }, 60_000);
});
