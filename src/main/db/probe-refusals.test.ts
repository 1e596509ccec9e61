/** Each refusal of the probe, in its own words, and the log line that keeps SQLite's detail off the screen. */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/result';
import { tempDir } from '../test-support/temp-backend';
import { probeDatabase } from './probe';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

function path(): string {
  const t = tempDir('studio-probe-refusals-');
  cleanup = t.cleanup;
  return join(t.dir, 'studio.sqlite');
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('probeDatabase refusals', () => {
  it('a folder in place of the file: not a file', () => {
    const file = path();
    mkdirSync(file);
    expect(refusal(() => probeDatabase(file, 10))).toMatchObject({
      code: 'DB_UNAVAILABLE',
      message: `The data file is not a file: there is a folder (or something else) in its place. Move it aside, then Try again: ${file}`,
    });
  });

  it('bytes that are not SQLite: damaged, "not an SQLite database"', () => {
    const file = path();
    writeFileSync(file, Buffer.alloc(4096, 0x41));
    const error = refusal(() => probeDatabase(file, 10));
    expect(error.code).toBe('DB_CORRUPT');
    expect(error.message).toContain('(not an SQLite database)');
  });

  it('a WAL or a rollback journal without its main file: names the journal', () => {
    const file = path();
    writeFileSync(`${file}-journal`, Buffer.alloc(512, 1));
    const error = refusal(() => probeDatabase(file, 10));
    expect(error.code).toBe('DB_CORRUPT');
    expect(error.message).toContain('(the main file is missing but its -journal is not)');
    writeFileSync(`${file}-wal`, Buffer.alloc(512, 1));
    expect(refusal(() => probeDatabase(file, 10)).message).toContain('but its -wal is not');
  });

  it('an empty journal beside a missing file is nothing to lose: a new database', () => {
    const file = path();
    writeFileSync(`${file}-wal`, '');
    expect(probeDatabase(file, 10)).toEqual({ kind: 'new' });
  });

  it('an empty main file is a new database, unless a journal beside it holds something', () => {
    const file = path();
    writeFileSync(file, '');
    expect(probeDatabase(file, 10)).toEqual({ kind: 'new' });
    writeFileSync(`${file}-wal`, Buffer.alloc(512, 1));
    expect(refusal(() => probeDatabase(file, 10)).message).toContain('but its -wal is not');
  });

  it('the private copy it checks is removed at once, whatever the verdict', () => {
    const file = path();
    const db = new Database(file);
    db.pragma('user_version = 3');
    db.close();
    const scratch = join(file, '..', 'tmp');
    mkdirSync(scratch);
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      expect(probeDatabase(file, 10)).toEqual({ kind: 'sound', userVersion: 3 });
      expect(refusal(() => probeDatabase(file, 2)).code).toBe('DB_NEWER');
      expect(readdirSync(scratch)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });

  it('a file SQLite cannot read: SQLite’s words go to the log, a plain sentence to the person', () => {
    const file = path();
    const header = Buffer.alloc(4096);
    header.write('SQLite format 3\u0000', 0, 'latin1');
    header.writeUInt16BE(4096, 16);
    header[18] = 9; // a file format no SQLite has
    header[19] = 9;
    writeFileSync(file, header);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = refusal(() => probeDatabase(file, 10));
    expect(error.code).toBe('DB_CORRUPT');
    expect(error.message).toContain('(SQLite cannot read it)');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[ambassador-studio\] the data file failed its check: \S/),
    );
  });
});
