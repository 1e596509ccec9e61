/** What the bundle commands share: output lines, errors that end a run, the passphrase file, file sizes. */
import { readFileSync, statSync } from 'node:fs';
import { passphraseSchema } from '../../shared/features/bundles/schemas';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** A problem the person can fix; ends the run with exit 1 and this one line. */
export class CliError extends Error {}

export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The passphrase, from a file so it never appears in the shell history or the process list. One trailing
 * newline (what editors and `echo` add) is dropped; anything else is part of the passphrase.
 */
export function readPassphrase(path: string, io: CliIo): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read the passphrase file ${path} (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`,
    );
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0)
    io.stderr(`bundle: warning: ${path} can be read by other users of this computer; chmod 600 it`);
  const passphrase = text.replace(/\r?\n$/, '');
  const checked = passphraseSchema.safeParse(passphrase);
  if (!checked.success)
    throw new CliError(`the passphrase in ${path}: ${checked.error.issues[0]?.message ?? 'not valid'}`);
  return passphrase;
}
