import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { initial } from './0010-initial';
import { cleanImages } from './0070-clean-images';

describe('migration 0070 clean images', () => {
  it('marks every stored image as not yet cleaned and keeps its bytes', () => {
    const db = new Database(':memory:');
    initial.up(db);
    const insert = db.prepare(
      `INSERT INTO media (id, kind, mime, size, sha256, bytes, created_at, updated_at)
       VALUES (?, ?, 'image/jpeg', 3, 'x', x'FFD8FF', 'now', 'now')`,
    );
    insert.run('photo', 'photo');
    insert.run('logo', 'logo');
    cleanImages.up(db);
    expect(db.prepare('SELECT id, clean, hex(bytes) AS hex FROM media ORDER BY id').all()).toEqual([
      { id: 'logo', clean: 0, hex: 'FFD8FF' },
      { id: 'photo', clean: 0, hex: 'FFD8FF' },
    ]);
    expect(() => db.prepare("UPDATE media SET clean = 2 WHERE id = 'photo'").run()).toThrow(/CHECK/);
  });
});
