import type { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    readonly options: unknown;
    show = vi.fn();
    maximize = vi.fn();
    isMaximized = vi.fn(() => false);
    getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1100, height: 750 }));
    constructor(options: unknown) {
      super();
      this.options = options;
      FakeBrowserWindow.created.push(this);
    }
  }
  const display = (id: number, workArea: object) => ({ id, workArea });
  return {
    FakeBrowserWindow,
    app: { isPackaged: false },
    screen: {
      getPrimaryDisplay: vi.fn(() => display(1, { x: 0, y: 0, width: 1440, height: 870 })),
      getAllDisplays: vi.fn(() => [display(1, { x: 0, y: 0, width: 1440, height: 870 })]),
    },
  };
});

vi.mock('electron', () => ({ app: electron.app, BrowserWindow: electron.FakeBrowserWindow, screen: electron.screen }));

import {
  createMainWindow,
  currentStageWindowOptions,
  mainWindowOptions,
  stageDisplay,
  stageWindowOptions,
  WINDOW_BACKGROUND,
} from './window';

const PRELOAD = '/app/out/preload/index.cjs';
const secureWebPreferences = {
  preload: PRELOAD,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // No Hunspell dictionary downloads on Linux: the app never touches the network.
  spellcheck: process.platform !== 'linux',
};

let dir: string;
let stateFile: string;
const lastWindow = () => electron.FakeBrowserWindow.created.at(-1) as InstanceType<typeof electron.FakeBrowserWindow>;
const lastOptions = () => lastWindow().options as Electron.BrowserWindowConstructorOptions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-window-'));
  stateFile = join(dir, 'window-state.json');
  electron.app.isPackaged = false;
  electron.FakeBrowserWindow.created = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('mainWindowOptions', () => {
  it('sets every security preference explicitly', () => {
    const options = mainWindowOptions({ preloadPath: PRELOAD, devTools: false, bounds: { width: 1000, height: 700 } });
    expect(options.webPreferences).toEqual({ ...secureWebPreferences, devTools: false });
    expect(options).toMatchObject({ show: false, backgroundColor: WINDOW_BACKGROUND, minWidth: 900, minHeight: 600 });
  });
});

describe('createMainWindow', () => {
  it('creates a hidden, sandboxed window with the CommonJS preload and DevTools in development', () => {
    createMainWindow({ preloadPath: PRELOAD, stateFile });
    expect(lastOptions().webPreferences).toEqual({ ...secureWebPreferences, devTools: true });
    expect(lastOptions().show).toBe(false);
    expect(lastOptions().webPreferences?.preload).toMatch(/index\.cjs$/);
  });

  it('turns DevTools off in a packaged app', () => {
    electron.app.isPackaged = true;
    createMainWindow({ preloadPath: PRELOAD, stateFile });
    expect(lastOptions().webPreferences?.devTools).toBe(false);
  });

  it('shows the window only on ready-to-show', () => {
    const win = createMainWindow({ preloadPath: PRELOAD, stateFile }) as unknown as EventEmitter & { show: () => void };
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('restores remembered bounds (clamped to the screen) and the maximised state', () => {
    writeFileSync(stateFile, JSON.stringify({ bounds: { x: 100, y: 80, width: 5000, height: 700 }, maximized: true }));
    createMainWindow({ preloadPath: PRELOAD, stateFile });
    expect(lastOptions()).toMatchObject({ x: 0, y: 80, width: 1440, height: 700 });
    lastWindow().emit('ready-to-show');
    expect(lastWindow().maximize).toHaveBeenCalled();
  });

  it('remembers the normal bounds and maximised state when closed', () => {
    createMainWindow({ preloadPath: PRELOAD, stateFile });
    lastWindow().isMaximized.mockReturnValue(true);
    lastWindow().emit('close');
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      bounds: { x: 10, y: 20, width: 1100, height: 750 },
      maximized: true,
    });
  });
});

describe('stage view window', () => {
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
  const projector = { id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };

  it('uses the same secure webPreferences and preload as the main window', () => {
    const options = stageWindowOptions({ preloadPath: PRELOAD, devTools: false, display: null });
    expect(options.webPreferences).toEqual({ ...secureWebPreferences, devTools: false });
  });

  it('fills the second display when there is one', () => {
    expect(stageDisplay([laptop, projector], 1)).toBe(projector);
    const options = stageWindowOptions({ preloadPath: PRELOAD, devTools: false, display: projector });
    expect(options).toMatchObject({
      x: 1440,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
      show: true,
      backgroundColor: '#000000',
    });
  });

  it('is an ordinary window on a single screen', () => {
    expect(stageDisplay([laptop], 1)).toBeNull();
    const options = stageWindowOptions({ preloadPath: PRELOAD, devTools: false, display: null });
    expect(options).toMatchObject({ width: 1280, height: 720, fullscreen: false, show: true });
    expect(options.x).toBeUndefined();
  });

  it('reads the displays when it opens', () => {
    const display = (id: number, x: number) => ({
      id,
      workArea: { x, y: 0, width: 1440, height: 870 },
      bounds: { x, y: 0, width: 1440, height: 900 },
    });
    electron.screen.getAllDisplays.mockReturnValueOnce([display(1, 0), display(2, 1440)] as never);
    expect(currentStageWindowOptions(PRELOAD)).toMatchObject({
      x: 1440,
      fullscreen: true,
      webPreferences: { preload: PRELOAD, devTools: true },
    });
  });
});
