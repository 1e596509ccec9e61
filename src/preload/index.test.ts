import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL } from '../shared/ipc';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (_ipc: string, channel: string) => ({ ok: true, value: channel })) },
}));
vi.mock('electron', () => electron);

await import('./index');

function exposed(): Record<string, unknown> {
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes one object, under the name "studio", with one function "call" and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('studio');
    expect(Object.keys(exposed())).toEqual(['call']);
    expect(typeof exposed().call).toBe('function');
  });

  it('sends every call on the one fixed IPC channel, with the channel name, input and page id as arguments', async () => {
    const call = exposed().call as (channel: unknown, input: unknown, client?: unknown) => Promise<unknown>;
    const input = { id: 'x' };
    await expect(call('cohort:get', input, 'page-id')).resolves.toEqual({ ok: true, value: 'cohort:get' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      IPC_CALL_CHANNEL,
      'cohort:get',
      input,
      'page-id',
    );
  });

  it('cannot be turned into a call on another IPC channel: the channel name is only ever an argument', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const call = exposed().call as (channel: unknown, input: unknown, client?: unknown) => Promise<unknown>;
    const sneaky = { toString: () => 'ELECTRON_BROWSER_REQUIRE' };
    await call(sneaky, {});
    expect(electron.ipcRenderer.invoke.mock.calls[0]?.[0]).toBe(IPC_CALL_CHANNEL);
    expect(electron.ipcRenderer.invoke.mock.calls[0]?.[1]).toBe('ELECTRON_BROWSER_REQUIRE');
  });
});

describe('preload source', () => {
  it('imports only electron and the schema-free IPC constant at run time (no zod in the bundle)', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(runtimeImports.sort()).toEqual(['../shared/ipc', 'electron']);
  });
});
