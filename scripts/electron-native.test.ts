import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronSqlitePaths,
  ensureElectronSqlite,
  isBuilt,
  nodeGypCommand,
  prebuildInstallCommand,
  shouldCopy,
  type Command,
} from './electron-native.mjs';

const root = '/project';
const paths = electronSqlitePaths(root, '45.5.0');

describe('electronSqlitePaths', () => {
  it('keeps the Electron build outside node_modules, per Electron version', () => {
    expect(paths.moduleDir).toBe(join(root, '.cache', 'electron-sqlite', '45.5.0', 'better-sqlite3'));
    expect(paths.bindingPath).toBe(join(paths.moduleDir, 'build', 'Release', 'better_sqlite3.node'));
    expect(paths.sourceDir).toBe(join(root, 'node_modules', 'better-sqlite3'));
    expect(paths.bindingPath.startsWith(join(root, 'node_modules'))).toBe(false);
  });
});

describe('isBuilt', () => {
  it('reuses the binding only when it exists and matches the installed better-sqlite3', () => {
    const versions = (dir: string) => (dir === paths.sourceDir ? '12.11.1' : '12.11.1');
    expect(isBuilt(paths, () => true, versions)).toBe(true);
    expect(isBuilt(paths, () => false, versions)).toBe(false);
    const stale = (dir: string) => (dir === paths.sourceDir ? '12.11.1' : '12.10.0');
    expect(isBuilt(paths, () => true, stale)).toBe(false);
  });
});

describe('shouldCopy', () => {
  it('copies sources but not the Node-ABI build or nested node_modules', () => {
    const src = paths.sourceDir;
    expect(shouldCopy(src, src)).toBe(true);
    expect(shouldCopy(src, join(src, 'binding.gyp'))).toBe(true);
    expect(shouldCopy(src, join(src, 'deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(shouldCopy(src, join(src, 'src', 'better_sqlite3.cpp'))).toBe(true);
    expect(shouldCopy(src, join(src, 'build'))).toBe(false);
    expect(shouldCopy(src, join(src, 'build', 'Release', 'better_sqlite3.node'))).toBe(false);
    expect(shouldCopy(src, join(src, 'node_modules', 'bindings'))).toBe(false);
    expect(shouldCopy(src, join(src, 'lib', 'build-helpers.js'))).toBe(true);
  });
});

describe('command lines', () => {
  const options = {
    root,
    moduleDir: paths.moduleDir,
    devDir: paths.devDir,
    electronVersion: '45.5.0',
    arch: 'x64',
    platform: 'linux',
  };

  it('asks prebuild-install for the Electron runtime, version and arch, inside the copy', () => {
    const cmd = prebuildInstallCommand({ ...options, execPath: '/usr/bin/node' });
    expect(cmd.command).toBe('/usr/bin/node');
    expect(cmd.args[0]).toMatch(/prebuild-install[\\/]bin\.js$/);
    expect(cmd.args.slice(1)).toEqual(['--runtime=electron', '--target=45.5.0', '--arch=x64', '--platform=linux']);
    expect(cmd.cwd).toBe(paths.moduleDir);
  });

  it('compiles with the project node-gyp against Electron headers', () => {
    const local = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const cmd = nodeGypCommand({ ...options, env: {}, execPath: '/usr/bin/node', exists: (p) => p === local });
    expect(cmd).toEqual({
      command: '/usr/bin/node',
      args: [
        local,
        'rebuild',
        '--release',
        '--runtime=electron',
        '--target=45.5.0',
        '--arch=x64',
        '--dist-url=https://electronjs.org/headers',
        `--devdir=${paths.devDir}`,
      ],
      cwd: paths.moduleDir,
    });
  });

  it("falls back to npm's bundled node-gyp, then to npm exec", () => {
    const npmCli = '/usr/lib/node_modules/npm/bin/npm-cli.js';
    const bundled = join('/usr/lib/node_modules/npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const viaNpm = nodeGypCommand({ ...options, env: { npm_execpath: npmCli }, exists: (p) => p === bundled });
    expect(viaNpm.args[0]).toBe(bundled);

    const viaExec = nodeGypCommand({ ...options, env: {}, exists: () => false });
    expect(viaExec.command).toMatch(/^npm(\.cmd)?$/);
    expect(viaExec.args.slice(0, 4)).toEqual(['exec', '--yes=false', 'node-gyp', '--']);
    expect(viaExec.args).toContain('--runtime=electron');
  });
});

describe('ensureElectronSqlite (with the builds faked)', () => {
  function fakeProject() {
    const dir = mkdtempSync(join(tmpdir(), 'studio-native-'));
    const write = (rel: string, content: string) => {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), content);
    };
    write('node_modules/electron/package.json', '{"version":"45.5.0"}');
    write('node_modules/better-sqlite3/package.json', '{"name":"better-sqlite3","version":"12.11.1"}');
    write('node_modules/better-sqlite3/binding.gyp', '{}');
    write('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'NODE ABI');
    return dir;
  }

  it('copies without build/, tries prebuild-install then node-gyp, and skips all of it next time', () => {
    const dir = fakeProject();
    try {
      const ran: string[] = [];
      const run = (cmd: Command) => {
        const tool = cmd.args.some((a) => a.includes('prebuild-install')) ? 'prebuild-install' : 'node-gyp';
        ran.push(tool);
        expect(existsSync(join(cmd.cwd, 'binding.gyp'))).toBe(true);
        expect(existsSync(join(cmd.cwd, 'build'))).toBe(false);
        if (tool === 'prebuild-install') return { status: 1, stderr: 'prebuild-install warn: no prebuilt binary' };
        mkdirSync(join(cmd.cwd, 'build', 'Release'), { recursive: true });
        writeFileSync(join(cmd.cwd, 'build', 'Release', 'better_sqlite3.node'), 'ELECTRON ABI');
        return { status: 0 };
      };
      const lines: string[] = [];
      const binding = ensureElectronSqlite({
        root: dir,
        arch: 'x64',
        platform: 'linux',
        log: (l) => lines.push(l),
        run,
      });
      expect(binding).toBe(electronSqlitePaths(dir, '45.5.0').bindingPath);
      expect(readFileSync(binding, 'utf8')).toBe('ELECTRON ABI');
      expect(ran).toEqual(['prebuild-install', 'node-gyp']);
      expect(lines).toHaveLength(1);
      // node_modules keeps its Node-ABI build.
      expect(readFileSync(join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe(
        'NODE ABI',
      );

      const again = ensureElectronSqlite({ root: dir, log: (l) => lines.push(l), run });
      expect(again).toBe(binding);
      expect(ran).toHaveLength(2);
      expect(lines).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("throws with both tools' errors when nothing works", () => {
    const dir = fakeProject();
    try {
      const run = () => ({ status: 1, stderr: 'gyp ERR! no network' });
      expect(() => ensureElectronSqlite({ root: dir, log: () => undefined, run })).toThrow(
        /prebuild-install failed[\s\S]*node-gyp failed[\s\S]*no network/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
