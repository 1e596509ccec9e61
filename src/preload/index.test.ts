import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../shared/channels';
import { CHANNELS } from '../shared/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })) },
}));
vi.mock('electron', () => electron);

await import('./index');

function exposedApi(): Record<string, (input?: unknown) => Promise<unknown>> {
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<
    string,
    (input?: unknown) => Promise<unknown>
  >;
}

describe('preload', () => {
  it('exposes one object, under the name "api", and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('api');
  });

  it('has exactly the contract channels as keys, all functions', () => {
    const api = exposedApi();
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it("invokes ipcRenderer with each function's own channel and input, and returns its result", async () => {
    const api = exposedApi();
    for (const channel of CHANNEL_NAMES) {
      electron.ipcRenderer.invoke.mockClear();
      const input = { probe: channel };
      await expect(api[channel]!(input)).resolves.toEqual({ ok: true, value: channel });
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, input);
    }
  });
});

describe('preload source', () => {
  it('imports only electron and the plain channel list at run time (no schemas, so no zod in the bundle)', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(runtimeImports.sort()).toEqual(['../shared/channels', 'electron']);
  });
});
