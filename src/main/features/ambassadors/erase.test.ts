/**
 * "Delete for good" end to end on real files: the person's marker is nowhere in the raw bytes of the data file,
 * its WAL or any backup afterwards, while everyone else's work is untouched.
 */
import Database from 'better-sqlite3';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, DB_FILE_NAME, type Backend } from '../../backend/backend';
import { openDatabase } from '../../db/open';
import { MIGRATIONS } from '../../db/migrations';
import { createDirectApi, type DirectApi } from '../../test-support/direct-client';
import { manualClock, tempDir } from '../../test-support/temp-backend';
import { seedQuote, unlockTrainer } from '../../test-support/seed';
import { ERASED_TABLES, NOT_ABOUT_ANYONE } from './erase-plan';
import { confirmSheetItem, countIn, filesToScan, newMarker, seedMarkedPerson, textNeedles } from './erase.test-support';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

interface Laptop {
  backend: Backend;
  dir: string;
  dbPath: string;
  backupDir: string;
  trainer: DirectApi;
  close(): void;
}

/** A data folder whose file was first made by an older version (v50) holding `seed`, then opened by this one. */
async function laptopUpgradedFrom50(seed: (db: Database.Database) => void): Promise<Laptop> {
  const { dir, cleanup } = tempDir('studio-erase-');
  const dbPath = join(dir, DB_FILE_NAME);
  const backupDir = join(dir, 'backups');
  const old = await openDatabase({ path: dbPath, backupDir, migrations: MIGRATIONS.filter((m) => m.version <= 50) });
  seed(old.db);
  old.db.close();
  // Opening it now migrates it, which first copies the whole v50 file into the backups folder.
  const backend = await createBackend({ dataDir: dir, version: 'test', transport: 'direct', clock: manualClock() });
  const trainer = createDirectApi(backend.handlers);
  await unlockTrainer(trainer);
  let closed = false;
  const close = () => {
    if (!closed) backend.close();
    closed = true;
  };
  cleanups.push(() => {
    close();
    cleanup();
  });
  return { backend, dir, dbPath, backupDir, trainer, close };
}

/** Rows anywhere in the file whose any column mentions the text (every table, every column). */
function rowsMentioning(db: Database.Database, text: string): string[] {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((t) => t.name);
  return tables.flatMap((table) => {
    const columns = db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
    if (columns.length === 0) return [];
    const where = columns.map((c) => `instr(CAST("${c.name}" AS TEXT), @text) > 0`).join(' OR ');
    const n = (db.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`).get({ text }) as { n: number }).n;
    return n > 0 ? [`${table}: ${n}`] : [];
  });
}

describe('delete for good', () => {
  it('leaves no trace of the person in the data file, its WAL or any backup, and keeps everyone else', async () => {
    const marker = newMarker();
    const erased = crypto.randomUUID();
    const bystander = crypto.randomUUID();
    const now = '2026-09-01T09:00:00.000Z';
    // They were already on the laptop before this version: the upgrade's backup holds them.
    const laptop = await laptopUpgradedFrom50((db) => {
      const person = db.prepare(
        `INSERT INTO ambassador (id, full_name, name_mode, short_bio, created_at, updated_at)
         VALUES (?, ?, 'full', ?, ?, ?)`,
      );
      person.run(erased, `Amal ${marker}`, `Early bio ${marker}`, now, now);
      person.run(bystander, 'Olena Kovalenko', 'Teacher', now, now);
      db.prepare(`INSERT INTO quote (id, ambassador_id, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(
        crypto.randomUUID(),
        erased,
        JSON.stringify({ text: `Old quote ${marker}` }),
        now,
        now,
      );
    });
    const { trainer, backupDir, dbPath } = laptop;
    const services = laptop.backend.services!;
    await seedMarkedPerson(trainer, marker, erased);
    seedQuote(services, erased, { text: `We stay, ${marker}.` }, 'approved');
    await confirmSheetItem(trainer, erased);
    const keptQuote = services.quotes.create(bystander, { text: 'Home is what we make.' });
    const photo = services.ambassadors.photo(erased)!.bytes;
    await laptop.backend.db!.backup(join(backupDir, 'ambassador-studio-manual-copy.sqlite'));
    writeFileSync(join(backupDir, 'ambassador-studio-v40-damaged.sqlite'), `not a database ${marker}`.repeat(50));

    // A window showing the person (it protected the workspace), and one that mistyped their PIN.
    const theirWindow = createDirectApi(laptop.backend.handlers);
    await theirWindow['access:enter']({ ambassadorId: erased });
    await theirWindow['access:setWorkspacePin']({ pin: '975310' });
    await createDirectApi(laptop.backend.handlers)['access:enter']({ ambassadorId: erased, pin: '000000' });

    const needles = [...textNeedles(marker), Buffer.from(photo)];
    const before = Object.fromEntries(filesToScan(dbPath, backupDir).map((f) => [basename(f), countIn(f, needles)]));
    // The scan really sees the person where they are: in the live data and in each backup.
    expect(before[DB_FILE_NAME]! + before[`${DB_FILE_NAME}-wal`]!).toBeGreaterThan(0);
    for (const name of readdirSync(backupDir)) expect(before[name], name).toBeGreaterThan(0);
    const sizes = () => `${statSync(dbPath).size} + WAL ${statSync(`${dbPath}-wal`).size}`;
    const sizeBefore = sizes();

    const answer = await trainer['ambassador:erase']({ id: erased, confirmName: `  amal ${marker.toUpperCase()} ` });
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok) return;
    expect(answer.value.rows).toMatchObject({
      ambassador: 1,
      message_house: 1,
      quote: 3,
      comment: 1,
      rehearsal_session: 1,
      take: 1,
      review_card: 1,
      media: 2,
      sheet_confirmation: 1,
      workspace_pin: 1,
      secret_throttle: 1,
      setting: 2,
    });
    expect(answer.value.rows.revision).toBeGreaterThanOrEqual(2);
    expect(answer.value.rows.search_doc).toBeGreaterThanOrEqual(3);
    expect(answer.value.backupsCleaned).toBe(2);
    expect(answer.value.backupsRemoved).toEqual(['ambassador-studio-v40-damaged.sqlite']);
    expect(answer.value).toMatchObject({ vacuumed: true, walEmptied: true });

    const db = laptop.backend.db!;
    expect(rowsMentioning(db, erased)).toEqual([]);
    expect(rowsMentioning(db, marker)).toEqual([]);
    expect(statSync(`${dbPath}-wal`).size).toBe(0);
    expect(await theirWindow['access:state']({})).toMatchObject({ ok: true, value: { ambassadorId: null } });
    expect(services.settings.get().currentAmbassadorId).toBeNull();
    expect(services.quotes.get(keptQuote.id).text).toBe('Home is what we make.');
    const sizeAfter = sizes();

    // As a copy of the disk would find it, while the app still runs, and after it has closed the file.
    const scan = () =>
      Object.fromEntries(filesToScan(dbPath, backupDir).map((f) => [basename(f), countIn(f, needles)]));
    const none = (hits: Record<string, number>) => Object.fromEntries(Object.keys(hits).map((f) => [f, 0]));
    const whileOpen = scan();
    expect(whileOpen).toEqual(none(whileOpen));
    laptop.close();
    const after = scan();
    expect(after).toEqual(none(after));
    // The backups still hold everyone else.
    for (const name of readdirSync(backupDir)) {
      const backup = new Database(join(backupDir, name), { readonly: true });
      const people = backup.prepare('SELECT id FROM ambassador').all() as Array<{ id: string }>;
      backup.close();
      expect(
        people.map((p) => p.id),
        name,
      ).toEqual([bystander]);
    }
    console.info(
      `erase: data file ${sizeBefore} -> ${sizeAfter} bytes; marker hits before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
    );
  }, 30_000);
});

describe('the erase plan', () => {
  it('places every table of the schema: erased, or holding nothing about one person', async () => {
    const { dir, cleanup } = tempDir('studio-erase-plan-');
    cleanups.push(cleanup);
    const { db } = await openDatabase({ path: join(dir, 'plan.sqlite'), backupDir: join(dir, 'backups') });
    cleanups.push(() => db.close());
    const tables = db
      .prepare<[], { name: string }>(
        // FTS5 keeps its words in shadow tables named after the index; the plan clears them through the index.
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'",
      )
      .all()
      .map((t) => t.name);
    const unplaced = tables.filter((t) => !ERASED_TABLES.includes(t) && !NOT_ABOUT_ANYONE.includes(t));
    expect(unplaced).toEqual([]);
  });
});
