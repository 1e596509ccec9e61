import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index';
import { fieldVersions } from './0085-field-versions';

function upTo(version: number): Database.Database {
  const db = new Database(':memory:');
  for (const migration of MIGRATIONS) if (migration.version < version) migration.up(db);
  return db;
}

const columns = (db: Database.Database, table: string) =>
  db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();

describe('migration 0085 field versions', () => {
  it('adds field versions to quotes, houses and profiles and the approved hash to quotes, keeping rows and versions', () => {
    const db = upTo(85);
    db.exec(`INSERT INTO ambassador (id, first_name, created_at, updated_at) VALUES ('a', 'Ana', 'now', 'now')`);
    db.exec(`INSERT INTO quote (id, ambassador_id, status, fields, created_at, updated_at)
             VALUES ('q', 'a', 'approved', '{"text":"Hi"}', 'now', 'now')`);
    db.exec('UPDATE quote SET fields = \'{"text":"Hello"}\' WHERE id = \'q\'');
    fieldVersions.up(db);
    expect(columns(db, 'quote')).toEqual(expect.arrayContaining(['field_versions', 'approved_hash']));
    expect(columns(db, 'message_house')).toContain('field_versions');
    expect(columns(db, 'ambassador')).toContain('field_versions');
    expect(
      db.prepare("SELECT version, field_versions AS fv, approved_hash AS h FROM quote WHERE id = 'q'").get(),
    ).toEqual({
      version: 2,
      fv: '{}',
      h: null,
    });
  });

  it('is listed after 0080 and before anything newer', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toContain(85);
    expect(versions.indexOf(85)).toBe(versions.indexOf(80) + 1);
  });
});
