import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { seedAmbassador, seedQuote } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { stampOf } from './files';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

async function studio(): Promise<TestStudio> {
  const made = await createTestStudio();
  open.push(made);
  return made;
}

const backupDir = (s: TestStudio) => join(s.dir, 'backups');
const names = (s: TestStudio) => readdirSync(backupDir(s)).sort();

describe('backups', () => {
  it('copies everything, including what is still in the WAL, into a private file named by date and reason', async () => {
    const s = await studio();
    const person = seedAmbassador(s.services, { fullName: 'Amira Haddad' });
    // Without a checkpoint, the last quotes live only in the WAL: a copied file misses them, a backup does not.
    s.backend.db!.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 300; i += 1) seedQuote(s.services, person.id, { text: `Quote ${i}` });
    const walBytes = statSync(`${s.services.ctx.paths.dbPath}`.concat('-wal')).size;
    expect(walBytes).toBeGreaterThan(0);
    copyFileSync(s.services.ctx.paths.dbPath, join(s.dir, 'plain-copy.sqlite'));
    const plain = new Database(join(s.dir, 'plain-copy.sqlite'), { readonly: true });
    const plainQuotes = (() => {
      try {
        return (plain.prepare('SELECT count(*) AS n FROM quote').get() as { n: number }).n;
      } catch {
        return 0;
      } finally {
        plain.close();
      }
    })();
    expect(plainQuotes).toBeLessThan(300);

    const info = await s.services.backup.create('manual');
    expect(info.id).toBe(`ambassador-studio-${stampOf(new Date(s.clock.now()))}-manual.sqlite`);
    expect(info.reason).toBe('manual');
    expect(statSync(join(backupDir(s), info.id)).mode & 0o777).toBe(0o600);
    expect(statSync(backupDir(s)).mode & 0o777).toBe(0o700);
    const preview = s.services.backup.preview(info.id);
    expect(preview.counts).toMatchObject({ ambassadors: 1, quotes: 300 });
    expect(preview.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    // A self-contained file: reading it left nothing beside it.
    expect(names(s)).toEqual([info.id]);
  });

  it('keeps the newest N (pre-migration copies count too) and never the one being made', async () => {
    const s = await studio();
    seedAmbassador(s.services, { fullName: 'Amira Haddad' });
    // A copy made before a migration by an older version, a day earlier.
    const first = await s.services.backup.create('daily');
    const older = `ambassador-studio-v70-${stampOf(new Date(Date.parse(s.clock.now()) - 86_400_000))}.sqlite`;
    copyFileSync(join(backupDir(s), first.id), join(backupDir(s), older));
    expect(s.services.backup.list().map((b) => b.reason)).toEqual(['daily', 'before-migration']);

    s.services.backup.setKeep(3);
    const made: string[] = [first.id];
    for (let i = 0; i < 4; i += 1) {
      s.clock.advance(60_000);
      made.push((await s.services.backup.create('manual')).id);
    }
    expect(s.services.backup.list().map((b) => b.id)).toEqual(made.slice(-3).reverse());
    expect(existsSync(join(backupDir(s), older))).toBe(false);

    s.services.backup.setKeep(1);
    expect(s.services.backup.list().map((b) => b.id)).toEqual([made.at(-1)]);
    expect(s.services.backup.settings()).toEqual({ keep: 1 });
  });

  it('two backups in the same millisecond get different names', async () => {
    const s = await studio();
    const a = await s.services.backup.create('manual');
    const b = await s.services.backup.create('manual');
    expect(b.id).toBe(a.id.replace('-manual.sqlite', '-manual-2.sqlite'));
    expect(s.services.backup.list().map((x) => x.id)).toEqual([b.id, a.id]);
  });

  it('a backup that cannot be written says so in one sentence and leaves the older backups', async () => {
    const s = await studio();
    seedAmbassador(s.services, { fullName: 'Amira Haddad' });
    const kept = await s.services.backup.create('manual');
    s.clock.advance(1000);
    // The file it would write cannot be made (a folder is in the way): as good as a full or read-only disk.
    const blocked = `ambassador-studio-${stampOf(new Date(s.clock.now()))}-manual.sqlite`;
    mkdirSync(join(backupDir(s), `${blocked}.partial`));
    await expect(s.services.backup.create('manual')).rejects.toMatchObject({
      code: 'NOT_SAVED',
      message: expect.stringMatching(/^The backup could not be saved in .*; older backups are unchanged\.$/),
    });
    expect(s.services.backup.list().map((b) => b.id)).toEqual([kept.id]);
    expect(existsSync(join(backupDir(s), blocked))).toBe(false);
  });

  it('a backups folder that is not a folder gives a clear error', async () => {
    const s = await studio();
    writeFileSync(backupDir(s), 'not a folder');
    await expect(s.services.backup.create('manual')).rejects.toMatchObject({
      code: 'NOT_SAVED',
      message: expect.stringContaining('that is not a folder'),
    });
  });

  it('refuses to preview a damaged backup or one from a newer version, in a sentence', async () => {
    const s = await studio();
    seedAmbassador(s.services, { fullName: 'Amira Haddad' });
    const good = await s.services.backup.create('manual');
    const newer = good.id.replace('-manual', '-daily');
    copyFileSync(join(backupDir(s), good.id), join(backupDir(s), newer));
    const db = new Database(join(backupDir(s), newer));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 100}`);
    db.close();
    expect(() => s.services.backup.preview(newer)).toThrow(/saved by a newer version/);

    const damaged = good.id.replace('-manual', '-before-import');
    const bytes = readFileSync(join(backupDir(s), good.id));
    bytes.fill(0x41, 4096, 8192);
    writeFileSync(join(backupDir(s), damaged), bytes);
    expect(() => s.services.backup.preview(damaged)).toThrow(
      /^The backup \S+ is damaged \([^\n]+\), so it cannot be restored\. Choose another backup\.$/,
    );
    expect(() => s.services.backup.preview('ambassador-studio-none-manual.sqlite')).toThrow(/no backup called/);
  });

  it('deletes one backup by hand', async () => {
    const s = await studio();
    const a = await s.services.backup.create('manual');
    s.services.backup.remove(a.id);
    expect(s.services.backup.list()).toEqual([]);
    expect(() => s.services.backup.remove(a.id)).toThrow(/no backup called/);
  });
});
