/**
 * Saving an exported PDF so that it is either all there or not there at all: write a temp file in the same
 * folder, fsync it, read it back and compare, rename it over the target, fsync the folder, read the target
 * back once more. On any failure the temp file is removed and the message says what to do; an existing file
 * at the target is left as it was.
 */
import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/result';

/** The fs functions used, so tests can simulate a full disk where they cannot make one. */
export interface AtomicFs {
  open: typeof nodeFs.open;
  readFile: typeof nodeFs.readFile;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
  stat: typeof nodeFs.stat;
}

const defaultFs: AtomicFs = {
  open: nodeFs.open,
  readFile: nodeFs.readFile,
  rename: nodeFs.rename,
  rm: nodeFs.rm,
  stat: nodeFs.stat,
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Turns an fs error into a message a trainer can act on. */
export function saveErrorMessage(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const folder = dirname(path);
  const name = basename(path);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'UNSUPPORTED',
        `“${name}” was not saved: the disk is full. Free some space (or choose another drive) and try again.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'FORBIDDEN',
        `“${name}” was not saved: you do not have permission to write in “${folder}”. Choose another folder.`,
      );
    case 'EROFS':
      return new AppError(
        'FORBIDDEN',
        `“${name}” was not saved: “${folder}” is on a read-only drive. Choose another folder.`,
      );
    case 'ENOENT':
      return new AppError(
        'NOT_FOUND',
        `“${name}” was not saved: the folder “${folder}” does not exist. Choose another folder.`,
      );
    case 'ENOTDIR':
      return new AppError(
        'NOT_FOUND',
        `“${name}” was not saved: part of “${folder}” is a file, not a folder. Choose another folder.`,
      );
    case 'EISDIR':
      return new AppError(
        'CONFLICT',
        `“${name}” was not saved: there is a folder with that name. Choose another file name.`,
      );
    case 'ENAMETOOLONG':
      return new AppError('VALIDATION', `The file was not saved: the name or path is too long. Choose a shorter name.`);
    case 'EIO':
      return new AppError(
        'UNSUPPORTED',
        `“${name}” was not saved: the drive reported an error. Check the drive and try again.`,
      );
    default:
      return new AppError(
        'INTERNAL',
        `“${name}” was not saved (${code ?? (error instanceof Error ? error.message : String(error))}). Try again or choose another folder.`,
      );
  }
}

export async function writeFileAtomic(path: string, bytes: Uint8Array, fs: AtomicFs = defaultFs): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  let tempCreated = false;
  try {
    const existing = await fs.stat(path).catch(() => null);
    if (existing?.isDirectory()) {
      const error: NodeJS.ErrnoException = new Error('target is a directory');
      error.code = 'EISDIR';
      throw error;
    }
    // 0600 like every file the app writes: a sheet can hold what an ambassador has not approved for others yet.
    const handle = await fs.open(temp, 'wx', 0o600);
    tempCreated = true;
    try {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, offset);
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!sameBytes(await fs.readFile(temp), bytes))
      throw Object.assign(new Error('temp file differs'), { code: 'EIO' });
    await fs.rename(temp, path);
    tempCreated = false;
    // Make the rename itself durable (not supported on every platform; best effort there).
    const dir = await fs.open(folder, 'r').catch(() => null);
    if (dir) {
      await dir.sync().catch(() => undefined);
      await dir.close();
    }
    if (!sameBytes(await fs.readFile(path), bytes)) {
      await fs.rm(path, { force: true });
      throw Object.assign(new Error('saved file differs'), { code: 'EIO' });
    }
  } catch (error) {
    if (tempCreated) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw saveErrorMessage(error, path);
  }
}
