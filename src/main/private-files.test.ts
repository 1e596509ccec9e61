import { chmodSync, chownSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePrivateDir, makePrivateFile, makePrivateTree, restrictNewFiles } from './private-files';
import { tempDir } from './test-support/temp-backend';

const mode = (path: string) => statSync(path).mode & 0o777;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups.splice(0)) fn();
});
function folder(): string {
  const t = tempDir('studio-private-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe.skipIf(process.platform === 'win32')('private files', () => {
  it('restrictNewFiles makes every new file 0600 and folder 0700 (SQLite and fs alike)', () => {
    const previous = process.umask(0o022);
    try {
      restrictNewFiles();
      const dir = folder();
      writeFileSync(join(dir, 'new.txt'), 'x');
      mkdirSync(join(dir, 'sub'));
      expect(mode(join(dir, 'new.txt'))).toBe(0o600);
      expect(mode(join(dir, 'sub'))).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it('restrictNewFiles leaves Windows alone (ACLs guard the profile folder there)', () => {
    const previous = process.umask(0o022);
    try {
      restrictNewFiles('win32');
      expect(process.umask(0o022)).toBe(0o022);
    } finally {
      process.umask(previous);
    }
  });

  it('only ever removes permissions: a read-only file stays read-only, execute bits go', () => {
    const dir = folder();
    const readOnly = join(dir, 'read-only');
    const script = join(dir, 'script');
    writeFileSync(readOnly, 'x', { mode: 0o444 });
    writeFileSync(script, 'x', { mode: 0o755 });
    chmodSync(readOnly, 0o444);
    chmodSync(script, 0o755);
    makePrivateFile(readOnly);
    makePrivateFile(script);
    expect(mode(readOnly)).toBe(0o400);
    expect(mode(script)).toBe(0o600);
    // A missing file is normal (no -wal yet).
    expect(() => makePrivateFile(join(dir, 'missing-wal'))).not.toThrow();
  });

  it('makePrivateDir creates nested folders 0700 and tightens an existing one', () => {
    const dir = folder();
    const nested = join(dir, 'a', 'b');
    makePrivateDir(nested);
    expect(mode(nested)).toBe(0o700);
    chmodSync(nested, 0o775);
    makePrivateDir(nested);
    expect(mode(nested)).toBe(0o700);
  });

  it('makePrivateTree tightens a folder and the files in it, and ignores a missing folder', () => {
    const dir = join(folder(), 'backups');
    mkdirSync(dir, { mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'one.sqlite'), 'x', { mode: 0o644 });
    chmodSync(join(dir, 'one.sqlite'), 0o644);
    makePrivateTree(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'one.sqlite'))).toBe(0o600);
    expect(() => makePrivateTree(join(dir, 'nothing-here'))).not.toThrow();
  });

  it.skipIf(process.getuid?.() !== 0)('leaves alone what another user owns', () => {
    const dir = folder();
    const theirs = join(dir, 'theirs');
    writeFileSync(theirs, 'x');
    chmodSync(theirs, 0o644);
    chownSync(theirs, 65534, 65534);
    makePrivateFile(theirs);
    expect(mode(theirs)).toBe(0o644);
  });
});
