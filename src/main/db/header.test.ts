/** The 100-byte header read before SQLite may touch the file: what each kind of file is taken for. */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-backend';
import { readHeader } from './header';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function path(): string {
  const t = tempDir('studio-header-');
  cleanup = t.cleanup;
  return join(t.dir, 'studio.sqlite');
}

const MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

function headerWith(userVersion: number, size = 100): Buffer {
  const bytes = Buffer.alloc(size);
  MAGIC.copy(bytes, 0);
  bytes.writeInt32BE(userVersion, 60);
  return bytes;
}

describe('readHeader', () => {
  it('a missing file, a folder in its place, an empty file', () => {
    const file = path();
    expect(readHeader(file)).toEqual({ kind: 'missing' });
    mkdirSync(file);
    expect(readHeader(file)).toEqual({ kind: 'not-a-file' });
    const empty = `${file}-empty`;
    writeFileSync(empty, '');
    expect(readHeader(empty)).toEqual({ kind: 'empty' });
  });

  it('shorter than a header, or without the magic words: not SQLite', () => {
    const file = path();
    writeFileSync(file, headerWith(7).subarray(0, 99));
    expect(readHeader(file)).toEqual({ kind: 'not-sqlite' });
    const wrongMagic = headerWith(7);
    wrongMagic[15] = 0x20;
    writeFileSync(file, wrongMagic);
    expect(readHeader(file)).toEqual({ kind: 'not-sqlite' });
    writeFileSync(file, Buffer.alloc(4096, 0x41));
    expect(readHeader(file)).toEqual({ kind: 'not-sqlite' });
  });

  it('exactly 100 bytes with the magic words is read, user_version from offset 60, big-endian', () => {
    const file = path();
    writeFileSync(file, headerWith(0x01020304));
    expect(readHeader(file)).toEqual({ kind: 'sqlite', userVersion: 0x01020304 });
  });

  it('a real database: the user_version SQLite wrote', () => {
    const file = path();
    const db = new Database(file);
    db.pragma('user_version = 85');
    db.close();
    expect(readHeader(file)).toEqual({ kind: 'sqlite', userVersion: 85 });
  });

  it('other errors than a missing file are not hidden (a file where a folder should be: ENOTDIR)', () => {
    const file = path();
    writeFileSync(file, 'x');
    expect(() => readHeader(join(file, 'studio.sqlite'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
});
