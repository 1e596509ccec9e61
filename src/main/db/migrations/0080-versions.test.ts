import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { SYNCED_TABLES, versions } from './0080-versions';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS) if (migration.version < version) migration.up(db);
  return db;
}

const cohortRow = (id: string) =>
  `INSERT INTO cohort (id, name, created_at, updated_at) VALUES ('${id}', 'Spring', 'now', 'now')`;

describe('migration 0080 versions', () => {
  it('gives existing rows version 1 and this laptop as their device', () => {
    const db = upTo(80);
    db.exec(cohortRow('old'));
    versions.up(db);
    const device = db.prepare('SELECT id FROM device').pluck().get() as string;
    expect(device).toMatch(/^[0-9a-f]{32}$/);
    expect(db.prepare("SELECT version, device_id AS deviceId FROM cohort WHERE id = 'old'").get()).toEqual({
      version: 1,
      deviceId: device,
    });
  });

  it('stamps inserts and bumps the version on every local change, but keeps an imported version', () => {
    const db = upTo(80);
    versions.up(db);
    const device = db.prepare('SELECT id FROM device').pluck().get() as string;
    db.exec(cohortRow('c1'));
    const row = db.prepare("SELECT version, device_id AS deviceId FROM cohort WHERE id = 'c1'");
    expect(row.get()).toEqual({ version: 1, deviceId: device });
    db.exec("UPDATE cohort SET name = 'Summer' WHERE id = 'c1'");
    db.exec("UPDATE cohort SET hashtag = '#x' WHERE id = 'c1'");
    expect(row.get()).toEqual({ version: 3, deviceId: device });
    // A row arriving from another laptop carries its own version and device.
    db.exec("UPDATE cohort SET name = 'Autumn', version = 7, device_id = 'other' WHERE id = 'c1'");
    expect(row.get()).toEqual({ version: 7, deviceId: 'other' });
    db.exec("UPDATE cohort SET name = 'Winter' WHERE id = 'c1'");
    expect(row.get()).toEqual({ version: 8, deviceId: device });
  });

  it('adds the columns and triggers to every synchronised table', () => {
    const db = upTo(80);
    versions.up(db);
    for (const table of SYNCED_TABLES) {
      const columns = db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();
      expect(columns).toEqual(expect.arrayContaining(['version', 'device_id']));
      const triggers = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?")
        .pluck()
        .all(table);
      expect(triggers).toEqual([`${table}_stamp_insert`, `${table}_stamp_update`]);
    }
    db.exec(cohortRow('c1'));
    expect(() => db.exec("UPDATE cohort SET version = 0, device_id = 'x' WHERE id = 'c1'")).toThrow(/CHECK/);
  });
});
