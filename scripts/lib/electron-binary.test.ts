import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_FALLBACK_MESSAGE, findElectronBinary, readElectronVersion } from './electron-binary.mjs';

const root = '/project';
const pkgDir = join(root, 'node_modules', 'electron');

/** A fake file system: path -> content. */
function fakeFs(files: Record<string, string>) {
  return {
    exists: (p: string) => Object.prototype.hasOwnProperty.call(files, p),
    read: (p: string) => {
      const content = files[p];
      if (content === undefined) throw new Error(`ENOENT ${p}`);
      return content;
    },
  };
}

const installedPackage = { [join(pkgDir, 'package.json')]: '{"version":"45.5.0"}' };

describe('findElectronBinary', () => {
  it('finds the executable named by path.txt inside dist/', () => {
    const fs = fakeFs({
      ...installedPackage,
      [join(pkgDir, 'path.txt')]: 'electron\n',
      [join(pkgDir, 'dist', 'electron')]: '',
    });
    expect(findElectronBinary({ root, env: {}, ...fs })).toEqual({
      available: true,
      path: join(pkgDir, 'dist', 'electron'),
    });
  });

  it('is unavailable when path.txt is missing (the download failed), as on our CI machines', () => {
    const result = findElectronBinary({ root, env: {}, ...fakeFs(installedPackage) });
    expect(result).toMatchObject({ available: false, reason: expect.stringContaining('path.txt') });
  });

  it('is unavailable when path.txt names a file that is not there', () => {
    const fs = fakeFs({ ...installedPackage, [join(pkgDir, 'path.txt')]: 'electron' });
    expect(findElectronBinary({ root, env: {}, ...fs })).toMatchObject({ available: false });
  });

  it('is unavailable when the electron package is not installed at all', () => {
    expect(findElectronBinary({ root, env: {}, ...fakeFs({}) })).toMatchObject({ available: false });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, defaulting the file name to "electron"', () => {
    const override = '/opt/electron-45';
    const fs = fakeFs({ ...installedPackage, [join(override, 'electron')]: '' });
    const env = { ELECTRON_OVERRIDE_DIST_PATH: override };
    expect(findElectronBinary({ root, env, ...fs })).toEqual({ available: true, path: join(override, 'electron') });
  });

  it('uses path.txt inside ELECTRON_OVERRIDE_DIST_PATH (e.g. the macOS app bundle path)', () => {
    const override = '/opt/electron';
    const exe = 'Electron.app/Contents/MacOS/Electron';
    const fs = fakeFs({ ...installedPackage, [join(pkgDir, 'path.txt')]: exe, [join(override, exe)]: '' });
    expect(findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, ...fs })).toEqual({
      available: true,
      path: join(override, exe),
    });
  });

  it('reports an override that points at nothing', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' };
    const result = findElectronBinary({ root, env, ...fakeFs(installedPackage) });
    expect(result).toMatchObject({ available: false, reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
  });
});

describe('readElectronVersion', () => {
  it('reads the version from package.json without loading electron', () => {
    expect(readElectronVersion(root, fakeFs(installedPackage).read)).toBe('45.5.0');
  });
});

describe('BROWSER_FALLBACK_MESSAGE', () => {
  it('is one line that says why and where to read more', () => {
    expect(BROWSER_FALLBACK_MESSAGE).not.toContain('\n');
    expect(BROWSER_FALLBACK_MESSAGE).toContain('browser mode');
    expect(BROWSER_FALLBACK_MESSAGE).toContain('Troubleshooting');
  });
});
