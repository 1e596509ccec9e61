import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { IPC_CALL_CHANNEL } from '../../shared/ipc';
import type * as DispatchModule from '../backend/dispatch';
import type { Endpoints } from '../backend/permissions';
import { createSenderCheck, registerIpc } from './ipc';
import { APP_ORIGIN } from './origin';

vi.mock('electron', () => ({}));

// The real dispatcher, spied on, so "reaches dispatch" is observed rather than assumed.
vi.mock('../backend/dispatch', async (importOriginal) => {
  const actual = await importOriginal<typeof DispatchModule>();
  return { ...actual, dispatch: vi.fn(actual.dispatch) };
});
const { dispatch } = await import('../backend/dispatch');

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const ownContents = { id: 1 } as unknown as WebContents;
const strangerContents = { id: 2 } as unknown as WebContents;
const ID = '0b9d1a9e-3f5c-4c1e-9a7d-2f1e8c3b4a5d';

function event(url: string | null, options: { contents?: WebContents; subFrame?: boolean } = {}) {
  const senderFrame = url === null ? null : { url, parent: options.subFrame ? { url: APP_ORIGIN } : null };
  return { sender: options.contents ?? ownContents, senderFrame } as unknown as IpcMainInvokeEvent;
}

function fakeEndpoints(): Endpoints {
  const entries = CHANNELS.map((channel) => [channel, vi.fn(async () => ({ channel }))]);
  return Object.fromEntries(entries) as unknown as Endpoints;
}

describe('registerIpc', () => {
  let listeners: Map<string, Listener>;
  let ipcMain: { handle: Mock<(channel: string, listener: Listener) => void> };
  let handlers: Endpoints;
  const trusted = createSenderCheck([APP_ORIGIN], (contents) => contents === ownContents);

  beforeEach(() => {
    vi.mocked(dispatch).mockClear();
    listeners = new Map();
    ipcMain = {
      handle: vi.fn((channel: string, listener: Listener) => {
        listeners.set(channel, listener);
      }),
    };
    handlers = fakeEndpoints();
    registerIpc(ipcMain, handlers, trusted);
  });

  const call = (e: IpcMainInvokeEvent, channel: unknown, input?: unknown) =>
    listeners.get(IPC_CALL_CHANNEL)!(e, channel, input);

  it('registers exactly one IPC channel, and every contract channel is reachable through it', async () => {
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual([IPC_CALL_CHANNEL]);
    for (const channel of CHANNELS) {
      vi.mocked(dispatch).mockClear();
      await call(event('app://studio/'), channel, {});
      expect(dispatch).toHaveBeenCalledWith(
        handlers,
        channel,
        {},
        { transport: 'electron', clientId: expect.stringMatching(/^electron:1:/) as string },
      );
    }
  });

  it('answers UNKNOWN_CHANNEL for a name outside the contract, and for a name that is not a string', async () => {
    expect(await call(event('app://studio/'), 'ELECTRON_BROWSER_REQUIRE', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await call(event('app://studio/'), { toString: () => 'cohort:list' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await call(event('app://studio/'), 'x'.repeat(10_000), {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('refuses a call from a foreign sender frame without calling the handler', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await call(event('https://evil.example/'), 'cohort:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlers['cohort:list']).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('passes a trusted call to dispatch and returns its Result', async () => {
    const result = await call(event('app://studio/index.html'), 'cohort:get', { id: ID });
    expect(dispatch).toHaveBeenCalledWith(
      handlers,
      'cohort:get',
      { id: ID },
      { transport: 'electron', clientId: expect.stringMatching(/^electron:1:/) as string },
    );
    expect(result).toEqual({ ok: true, value: { channel: 'cohort:get' } });
    expect(handlers['cohort:get']).toHaveBeenCalledWith(
      { id: ID },
      { transport: 'electron', clientId: expect.stringMatching(/^electron:1:/) as string },
    );
  });

  it('treats a missing input as "no arguments"', async () => {
    const result = await call(event('app://studio/'), 'app:status');
    expect(result).toEqual({ ok: true, value: { channel: 'app:status' } });
  });

  it('returns VALIDATION for malformed input and does not call the handler', async () => {
    for (const input of [
      { id: 42 },
      { id: ID, extra: true },
      null,
      'cohort',
      JSON.parse(`{"id":"${ID}","__proto__":{}}`) as unknown,
    ]) {
      const result = await call(event('app://studio/'), 'cohort:get', input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(handlers['cohort:get']).not.toHaveBeenCalled();
  });
});

describe('createSenderCheck', () => {
  const check = createSenderCheck([APP_ORIGIN, 'http://localhost:5173'], (contents) => contents === ownContents);

  it('trusts the main frame of our window on our origins', () => {
    expect(check(event('app://studio/index.html'))).toBe(true);
    expect(check(event('http://localhost:5173/'))).toBe(true);
  });

  it('refuses other origins, sub-frames, other webContents and destroyed frames', () => {
    expect(check(event('https://evil.example/'))).toBe(false);
    expect(check(event('http://localhost:5174/'))).toBe(false);
    expect(check(event('file:///home/user/evil.html'))).toBe(false);
    expect(check(event('app://studio/index.html', { subFrame: true }))).toBe(false);
    expect(check(event('app://studio/index.html', { contents: strangerContents }))).toBe(false);
    expect(check(event(null))).toBe(false);
  });
});
