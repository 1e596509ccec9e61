import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations';
import { seedAmbassador, seedQuote, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { stampOf } from './files';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

/** A laptop with Amira and one quote, backed up; then Ben and a second quote are added after the backup. */
async function laptopWithBackup() {
  const s = await createTestStudio();
  open.push(s);
  const amira = seedAmbassador(s.services, { fullName: 'Amira Haddad' });
  seedQuote(s.services, amira.id, { text: 'Before the backup.' });
  await unlockTrainer(s.api);
  const backup = await s.services.backup.create('manual');
  s.clock.advance(60_000);
  seedQuote(s.services, amira.id, { text: 'After the backup.' });
  s.services.ambassadors.update(amira.id, { shortBio: 'Changed later' });
  seedAmbassador(s.services, { fullName: 'Ben Osei' }, { current: false });
  return { s, amira, backup };
}

const texts = async (s: TestStudio, ambassadorId: string) => {
  const answer = await s.api['quote:list']({ ambassadorId });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.map((q) => q.text).sort();
};

describe('restoring a backup', () => {
  it('backs up the current work first, then every channel reads the restored data and every window starts again', async () => {
    const { s, amira, backup } = await laptopWithBackup();
    const other = s.window();
    await unlockTrainer(other);
    const before = s.backend.db;

    const result = await s.api['backup:restore']({ id: backup.id, confirm: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.restored.counts).toMatchObject({ ambassadors: 1, quotes: 1 });
    expect(result.value.safetyBackup.reason).toBe('before-restore');
    expect(s.backend.db).not.toBe(before);
    expect(before?.open).toBe(false);

    // Trainer mode and workspaces were closed in every window.
    for (const window of [s.api, other]) {
      const state = await window['access:state']({});
      expect(state.ok && state.value.trainer).toBe(null);
    }
    await unlockTrainer(other);
    expect(await texts(s, amira.id)).toEqual(['Before the backup.']);
    const people = await other['ambassador:list']({ includeArchived: true });
    expect(people.ok && people.value.map((a) => a.displayName)).toEqual(['Amira Haddad']);
    const profile = await other['ambassador:get']({ id: amira.id });
    expect(profile.ok && profile.value.shortBio).toBe('');
    const found = await other['search:query']({ text: 'after' });
    expect(found.ok && found.value).toHaveLength(0);

    // The safety copy holds what was there just before, so the restore itself can be undone.
    const safety = await other['backup:preview']({ id: result.value.safetyBackup.id });
    expect(safety.ok && safety.value.counts).toMatchObject({ ambassadors: 2, quotes: 2 });
    // Writes go to the restored file, and the old connection is gone for good.
    seedQuote(s.services, amira.id, { text: 'Written after restoring.' });
    expect(await texts(s, amira.id)).toEqual(['Before the backup.', 'Written after restoring.']);
    expect(readdirSync(s.dir).filter((n) => n.includes('restoring'))).toEqual([]);
  });

  it('when another program holds the data file, nothing is restored and the current file stays usable', async () => {
    const { s, amira, backup } = await laptopWithBackup();
    const holder = new Database(s.services.ctx.paths.dbPath);
    holder.prepare('SELECT count(*) FROM quote').get();
    try {
      const result = await s.api['backup:restore']({ id: backup.id, confirm: true });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(!result.ok && result.error.message).toMatch(/^Another program has the data file open/);
    } finally {
      holder.close();
    }
    await unlockTrainer(s.api);
    expect(await texts(s, amira.id)).toEqual(['After the backup.', 'Before the backup.']);
    seedQuote(s.services, amira.id, { text: 'Still writable.' });
    expect(await texts(s, amira.id)).toHaveLength(3);
    expect(existsSync(`${s.services.ctx.paths.dbPath}.restoring`)).toBe(false);
    expect(s.services.backup.list().map((b) => b.id)).toContain(backup.id);
  });

  it('refuses a backup from a newer version before touching anything', async () => {
    const { s, amira, backup } = await laptopWithBackup();
    const dir = s.services.ctx.paths.backupDir;
    const newer = backup.id.replace('-manual', '-daily');
    copyFileSync(join(dir, backup.id), join(dir, newer));
    const db = new Database(join(dir, newer));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    db.close();
    const result = await s.api['backup:restore']({ id: newer, confirm: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'DB_NEWER' } });
    expect(s.services.backup.list().map((b) => b.reason)).not.toContain('before-restore');
    expect(await texts(s, amira.id)).toHaveLength(2);
  });

  it('brings an older backup forward to the current data version', async () => {
    const { s } = await laptopWithBackup();
    const dir = s.services.ctx.paths.backupDir;
    const oldPath = join(s.dir, 'old.sqlite');
    const previous = MIGRATIONS.slice(0, -1);
    const { db } = await openDatabase({ path: oldPath, backupDir: join(s.dir, 'old-backups'), migrations: previous });
    db.close();
    const name = `ambassador-studio-${stampOf(new Date('2026-01-01T00:00:00Z'))}-daily.sqlite`;
    copyFileSync(oldPath, join(dir, name));

    const preview = await s.api['backup:preview']({ id: name });
    expect(preview.ok && preview.value.schemaVersion).toBe(previous.at(-1)!.version);
    const result = await s.api['backup:restore']({ id: name, confirm: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(s.backend.db!.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(s.services.ambassadors.list()).toEqual([]);
    // Opening it migrated it, and the migration made its own backup under the same rules.
    expect(s.services.backup.list().map((b) => b.reason)).toContain('before-migration');
  });
});
