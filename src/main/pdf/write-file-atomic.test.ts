import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/result';
import { writeFileAtomic, type AtomicFs } from './write-file-atomic';

let root: string;
let dir: string;
const mounts: string[] = [];

/** Mounts a tmpfs (root only); returns false where that is not allowed, and the test falls back or skips. */
function mountTmpfs(target: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target], { stdio: 'ignore' });
    mounts.push(target);
    return true;
  } catch {
    return false;
  }
}

const fullDisk = join(tmpdir(), `studio-full-disk-${process.pid}`);
const readOnly = join(tmpdir(), `studio-read-only-${process.pid}`);
let canMountFull = false;
let canMountReadOnly = false;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'studio-atomic-'));
  mkdirSync(fullDisk, { recursive: true });
  mkdirSync(readOnly, { recursive: true });
  canMountFull = mountTmpfs(fullDisk, 'size=64k');
  canMountReadOnly = mountTmpfs(readOnly, 'ro,size=64k');
});
afterAll(() => {
  for (const m of mounts) {
    try {
      execFileSync('umount', [m], { stdio: 'ignore' });
    } catch {
      // Already gone.
    }
  }
  rmSync(root, { recursive: true, force: true });
  rmSync(fullDisk, { recursive: true, force: true });
  rmSync(readOnly, { recursive: true, force: true });
});
beforeEach(() => {
  dir = mkdtempSync(join(root, 'case-'));
});

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('writeFileAtomic', () => {
  it('writes, verifies and leaves no temp file', async () => {
    const target = join(dir, 'Message sheet - Olena.pdf');
    await writeFileAtomic(target, bytes(5000));
    expect(readFileSync(target)).toEqual(Buffer.from(bytes(5000)));
    expect(readdirSync(dir)).toEqual(['Message sheet - Olena.pdf']);
  });

  it.skipIf(process.platform === 'win32')(
    'writes the file 0600 (temp file included), even where the umask would allow more',
    async () => {
      const previous = process.umask(0o022);
      try {
        const target = join(dir, 'private.pdf');
        writeFileSync(target, 'old', { mode: 0o644 });
        await writeFileAtomic(target, bytes(10, 2));
        expect(statSync(target).mode & 0o777).toBe(0o600);
        const fresh = join(dir, 'fresh.pdf');
        let tempMode = -1;
        const watching: AtomicFs = {
          ...fsp,
          rename: async (from, to) => {
            tempMode = (await fsp.stat(from)).mode & 0o777;
            return fsp.rename(from, to);
          },
        };
        await writeFileAtomic(fresh, bytes(10, 3), watching);
        expect(tempMode).toBe(0o600);
        expect(statSync(fresh).mode & 0o777).toBe(0o600);
      } finally {
        process.umask(previous);
      }
    },
  );

  it('replaces an existing file in one step', async () => {
    const target = join(dir, 'sheet.pdf');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, bytes(10, 1));
    expect(readFileSync(target)).toEqual(Buffer.from(bytes(10, 1)));
    expect(readdirSync(dir)).toEqual(['sheet.pdf']);
  });

  it('says the folder does not exist, and creates nothing', async () => {
    const error = await failure(writeFileAtomic(join(dir, 'missing', 'sheet.pdf'), bytes(10)));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/the folder .*missing” does not exist/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when part of the path is a file, or the target is a folder', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect((await failure(writeFileAtomic(join(dir, 'file', 'sheet.pdf'), bytes(10)))).message).toMatch(
      /is a file, not a folder/,
    );
    mkdirSync(join(dir, 'folder.pdf'));
    expect((await failure(writeFileAtomic(join(dir, 'folder.pdf'), bytes(10)))).message).toMatch(
      /there is a folder with that name/,
    );
    expect(readdirSync(dir).sort()).toEqual(['file', 'folder.pdf']);
  });

  it('really fills a small disk: "the disk is full", no partial file, the old file intact', async ({ skip }) => {
    if (!canMountFull) skip('mounting a 64 KB tmpfs needs root; the simulated full disk below still runs');
    const target = join(fullDisk, 'sheet.pdf');
    writeFileSync(target, 'previous sheet');
    const error = await failure(writeFileAtomic(target, bytes(200 * 1024)));
    expect(error.message).toMatch(/the disk is full/);
    expect(readdirSync(fullDisk)).toEqual(['sheet.pdf']);
    expect(readFileSync(target, 'utf8')).toBe('previous sheet');
  });

  it('reports a full disk (simulated) and removes the temp file', async () => {
    const target = join(dir, 'sheet.pdf');
    const fs: AtomicFs = {
      ...fsp,
      open: (async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args);
        if (String(args[0]).endsWith('.partial')) {
          handle.write = (async () => {
            await fsp.appendFile(String(args[0]), 'half');
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          }) as typeof handle.write;
        }
        return handle;
      }) as typeof fsp.open,
    };
    const error = await failure(writeFileAtomic(target, bytes(100), fs));
    expect(error.message).toBe(
      '“sheet.pdf” was not saved: the disk is full. Free some space (or choose another drive) and try again.',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a read-only drive', async ({ skip }) => {
    if (!canMountReadOnly) skip('mounting a read-only tmpfs needs root');
    const error = await failure(writeFileAtomic(join(readOnly, 'sheet.pdf'), bytes(10)));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/read-only drive/);
    expect(readdirSync(readOnly)).toEqual([]);
  });

  it('explains a permission problem (simulated: root may write anywhere)', async () => {
    const fs: AtomicFs = {
      ...fsp,
      open: (async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      }) as typeof fsp.open,
    };
    const error = await failure(writeFileAtomic(join(dir, 'sheet.pdf'), bytes(10), fs));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/you do not have permission to write in/);
  });

  it('refuses and cleans up when the written file does not read back the same', async () => {
    const target = join(dir, 'sheet.pdf');
    const fs: AtomicFs = { ...fsp, readFile: (async () => Buffer.from('corrupted')) as unknown as typeof fsp.readFile };
    const error = await failure(writeFileAtomic(target, bytes(10), fs));
    expect(error.message).toMatch(/drive reported an error/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
