import { describe, expect, it, vi } from 'vitest';
import { resolveSqliteBinding, SQLITE_BINDING_ENV } from './native-binding';

const binding = '/work/.cache/electron-sqlite/45.5.0/better-sqlite3/build/Release/better_sqlite3.node';

describe('resolveSqliteBinding', () => {
  it('uses the Electron-ABI build named by scripts/start.mjs in development', () => {
    const env = { [SQLITE_BINDING_ENV]: binding };
    expect(resolveSqliteBinding({ isPackaged: false, env, exists: () => true })).toBe(binding);
  });

  it('ignores the variable in a packaged app (electron-builder rebuilt the module)', () => {
    const env = { [SQLITE_BINDING_ENV]: binding };
    expect(resolveSqliteBinding({ isPackaged: true, env, exists: () => true })).toBeUndefined();
  });

  it('is undefined when the variable is not set', () => {
    expect(resolveSqliteBinding({ isPackaged: false, env: {}, exists: () => true })).toBeUndefined();
  });

  it('ignores relative, non-.node or missing paths with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const path of ['relative/better_sqlite3.node', '/tmp/evil.so', binding]) {
      const env = { [SQLITE_BINDING_ENV]: path };
      expect(resolveSqliteBinding({ isPackaged: false, env, exists: () => false })).toBeUndefined();
    }
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });
});
