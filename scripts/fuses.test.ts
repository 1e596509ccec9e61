import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';
import { describe, expect, it } from 'vitest';

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName?: string; appInfo?: { productFilename: string } };
}
const fuses = createRequire(import.meta.url)('./fuses.cjs') as {
  afterPack(context: PackContext): Promise<void>;
  electronBinaryPath(context: PackContext): Promise<string>;
};

const WIRE_LENGTH = 8;

/** A stand-in Electron binary: just the fuse sentinel, wire version 1 and eight "inherit" fuses. */
function fakeElectron(file: string) {
  const wire = Buffer.from([1, WIRE_LENGTH, ...Array<number>(WIRE_LENGTH).fill(FuseState.INHERIT)]);
  writeFileSync(file, Buffer.concat([Buffer.from('ELF...'), Buffer.from(SENTINEL), wire, Buffer.from('...')]));
}

function readWire(file: string): number[] {
  const bytes = readFileSync(file);
  const start = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  return [...bytes.subarray(start, start + WIRE_LENGTH)];
}

describe('fuses afterPack hook', () => {
  it('finds the packed executable on each platform', async () => {
    const linux = {
      appOutDir: '/o',
      electronPlatformName: 'linux',
      arch: 1,
      packager: { executableName: 'ambassador-studio' },
    };
    const app = { productFilename: 'Ambassador Studio' };
    expect(await fuses.electronBinaryPath(linux)).toBe(join('/o', 'ambassador-studio'));
    expect(
      await fuses.electronBinaryPath({ ...linux, electronPlatformName: 'win32', packager: { appInfo: app } }),
    ).toBe(join('/o', 'Ambassador Studio.exe'));
    expect(
      await fuses.electronBinaryPath({ ...linux, electronPlatformName: 'darwin', packager: { appInfo: app } }),
    ).toBe(join('/o', 'Ambassador Studio.app'));
  });

  it('flips exactly the agreed fuses in the packed binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-fuses-'));
    try {
      fakeElectron(join(dir, 'ambassador-studio'));
      await fuses.afterPack({
        appOutDir: dir,
        electronPlatformName: 'linux',
        arch: 1,
        packager: { executableName: 'ambassador-studio' },
      });
      const { ENABLE: on, DISABLE: off, INHERIT: unchanged } = FuseState;
      expect(readWire(join(dir, 'ambassador-studio'))).toEqual([
        off, // RunAsNode
        on, // EnableCookieEncryption
        off, // EnableNodeOptionsEnvironmentVariable
        off, // EnableNodeCliInspectArguments
        on, // EnableEmbeddedAsarIntegrityValidation
        on, // OnlyLoadAppFromAsar
        unchanged, // LoadBrowserProcessSpecificV8Snapshot
        off, // GrantFileProtocolExtraPrivileges
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
