/**
 * Checks the data file before anything may write to it: its header, its data version INCLUDING what a leftover WAL
 * holds (the normal state right after a crash), and SQLite's quick_check.
 *
 * Why a copy: any SQLite connection on the real file can change it. A read-write connection checkpoints the WAL into
 * the main file on close and deletes the WAL; even a read-only one creates -wal and -shm beside a WAL-mode file and
 * rebuilds the wal-index inside -shm; and an empty main file makes SQLite delete its WAL. The `immutable=1` URI that
 * would avoid this is not available (better-sqlite3 is built without URI filenames), and it ignores the WAL anyway.
 * So the main file and its journal (-wal, or a legacy -journal) are copied into a private temporary folder and only
 * the copy is opened. The originals are only ever read by Node (copyFile opens its source read-only), which is
 * what makes "byte-identical" provable. -shm is not copied: it is a cache of the WAL that SQLite rebuilds from the
 * WAL, and after a crash it may be stale. A clean exit leaves no WAL, so the copy is of the main file only.
 */
import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import { readHeader } from './header';
import { newerDatabaseError } from './migrate';

/** What the probe found: a missing (or empty) file becomes a new database; a sound one may be opened read-write. */
export type ProbeResult = { kind: 'new' } | { kind: 'sound'; userVersion: number };

export function corruptDatabaseError(path: string, detail: string): AppError {
  return new AppError(
    'DB_CORRUPT',
    `The data file is damaged and cannot be opened safely (${detail}). It has not been changed or overwritten. ` +
      `Restore the newest backup, or move the file aside to start with an empty studio: ${path}`,
  );
}

export function notAFileError(path: string): AppError {
  return new AppError(
    'DB_UNAVAILABLE',
    `The data file is not a file: there is a folder (or something else) in its place. Move it aside, then Try again: ${path}`,
  );
}

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function sizeOrZero(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The journals SQLite would replay into the main file on opening (only those holding something). */
function journalsOf(path: string): string[] {
  return ['-wal', '-journal'].filter((suffix) => sizeOrZero(`${path}${suffix}`) > 0);
}

/** SQLite's own words (page numbers, btreeInitPage codes) go to the log; the person gets a plain detail. */
function damaged(path: string, plain: string, raw: unknown): AppError {
  console.warn(`[ambassador-studio] the data file failed its check: ${String(raw).slice(0, 2000)}`);
  return corruptDatabaseError(path, plain);
}

/** Reads the copy: user_version as SQLite sees it (WAL included) and quick_check's verdict. */
function inspectCopy(copy: string, path: string, hotJournal: boolean, nativeBinding: string | undefined): number {
  let db: Database.Database;
  try {
    // Read-only, except that a legacy rollback journal can only be rolled back (into the copy) by a writer.
    const binding = nativeBinding ? { nativeBinding } : {};
    db = new Database(copy, { readonly: !hotJournal, fileMustExist: true, ...binding });
  } catch (error) {
    if (isCorruptionError(error)) throw damaged(path, 'SQLite cannot read it', (error as Error).message);
    throw error;
  }
  try {
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const verdict = db.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') throw damaged(path, 'its check found damaged pages', verdict);
    return userVersion;
  } catch (error) {
    if (isCorruptionError(error)) throw damaged(path, 'SQLite cannot read it', (error as Error).message);
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Refuses (AppError) a file that is not a file, not SQLite, damaged or from a newer version, leaving the file and
 * its -wal and -shm byte-identical. `latest` is the newest data version this app can read.
 */
export function probeDatabase(path: string, latest: number, nativeBinding?: string): ProbeResult {
  const header = readHeader(path);
  const journals = journalsOf(path);
  if (header.kind === 'not-a-file') throw notAFileError(path);
  if (header.kind === 'missing' || header.kind === 'empty') {
    // SQLite would delete a WAL that has no main file to belong to: refuse rather than lose what it holds.
    if (journals.length > 0) throw corruptDatabaseError(path, `the main file is missing but its ${journals[0]} is not`);
    return { kind: 'new' };
  }
  if (header.kind === 'not-sqlite') throw corruptDatabaseError(path, 'not an SQLite database');
  if (header.userVersion > latest) throw newerDatabaseError(header.userVersion, latest, path);

  // mkdtemp makes the folder 0700: the copy of someone's stories is readable by them alone, and removed at once.
  const folder = mkdtempSync(join(tmpdir(), 'ambassador-studio-probe-'));
  try {
    const copy = join(folder, 'probe.sqlite');
    for (const suffix of ['', ...journals]) {
      // FICLONE: a copy-on-write clone where the disk supports it (APFS, btrfs), a plain copy elsewhere.
      copyFileSync(`${path}${suffix}`, `${copy}${suffix}`, constants.COPYFILE_FICLONE);
      chmodSync(`${copy}${suffix}`, 0o600);
    }
    const userVersion = inspectCopy(copy, path, journals.includes('-journal'), nativeBinding);
    if (userVersion > latest) throw newerDatabaseError(userVersion, latest, path);
    return { kind: 'sound', userVersion };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
