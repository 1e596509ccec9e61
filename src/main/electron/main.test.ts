import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL } from '../../shared/ipc';

/** A fresh fake of the electron surface main.ts touches, rebuilt before every import of main.ts. */
const h = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const settings = { lock: true };

  function makeWindow() {
    return Object.assign(new EventEmitter(), {
      webContents: { id: Math.random() },
      loadURL: vi.fn(async () => undefined),
      show: vi.fn(),
      focus: vi.fn(),
      restore: vi.fn(),
      isMinimized: vi.fn(() => true),
    });
  }

  function makeElectron() {
    const app = Object.assign(new EventEmitter(), {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => settings.lock),
      whenReady: vi.fn(() => Promise.resolve()),
      enableSandbox: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
      getPath: vi.fn(
        (name: string) => `/home/ambassador/.config/Ambassador Studio${name === 'userData' ? '' : `/${name}`}`,
      ),
      setPath: vi.fn(),
      getVersion: vi.fn(() => '0.1.0'),
      getName: vi.fn(() => 'Ambassador Studio'),
    });
    return {
      app,
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      ipcMain: { handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
        },
      },
      shell: { openExternal: vi.fn(async () => undefined) },
      dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) },
      BrowserWindow: { getAllWindows: vi.fn(() => []) },
    };
  }

  const backend = { handlers: {}, status: { state: 'ready' }, db: null, close: vi.fn() };
  return {
    settings,
    makeElectron,
    makeWindow,
    electron: makeElectron(),
    windows: [] as ReturnType<typeof makeWindow>[],
    backend,
  };
});

vi.mock('electron', () => ({
  get app() {
    return h.electron.app;
  },
  get protocol() {
    return h.electron.protocol;
  },
  get ipcMain() {
    return h.electron.ipcMain;
  },
  get session() {
    return h.electron.session;
  },
  get shell() {
    return h.electron.shell;
  },
  get dialog() {
    return h.electron.dialog;
  },
  get BrowserWindow() {
    return h.electron.BrowserWindow;
  },
}));
vi.mock('./window', () => ({
  createMainWindow: vi.fn(() => {
    const win = h.makeWindow();
    h.windows.push(win);
    return win;
  }),
}));
vi.mock('./menu', () => ({ installApplicationMenu: vi.fn() }));
vi.mock('../backend/backend', () => ({ createBackend: vi.fn(async () => h.backend) }));

const { createMainWindow } = await import('./window');
const { installApplicationMenu } = await import('./menu');
const { createBackend } = await import('../backend/backend');

async function startMain() {
  vi.resetModules();
  await import('./main');
}

async function startedApp() {
  await startMain();
  await vi.waitFor(() => expect(h.windows).toHaveLength(1));
  return h.windows[0]!;
}

const realPlatform = process.platform;
function setPlatform(platform: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value: platform });
}

beforeEach(() => {
  vi.clearAllMocks();
  h.electron = h.makeElectron();
  h.windows.length = 0;
  h.settings.lock = true;
  delete process.env.ELECTRON_RENDERER_URL;
  delete process.env.AMBASSADOR_STUDIO_DATA_DIR;
});
afterEach(() => setPlatform(realPlatform));

describe('main entry', () => {
  it('registers the app scheme and enables the sandbox before ready', async () => {
    await startMain();
    const { protocol, app } = h.electron;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }),
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    const firstReadyCall = app.whenReady.mock.invocationCallOrder[0]!;
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(firstReadyCall);
  });

  it('uses AMBASSADOR_STUDIO_DATA_DIR for user data only when unpackaged', async () => {
    process.env.AMBASSADOR_STUDIO_DATA_DIR = '/tmp/studio-test-data';
    await startMain();
    expect(h.electron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/studio-test-data');

    h.electron = h.makeElectron();
    h.electron.app.isPackaged = true;
    await startMain();
    expect(h.electron.app.setPath).not.toHaveBeenCalled();
  });

  it('saves PDFs through the native dialog, starting in Documents, and reports a cancel as null', async () => {
    await startedApp();
    const options = vi.mocked(createBackend).mock.calls.at(-1)![0];
    const saved = await options.capabilities!.savePdf!('Message sheet - Lin', new Uint8Array([37, 80, 68, 70]));
    expect(saved).toBeNull();
    expect(h.electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      h.windows[0],
      expect.objectContaining({
        defaultPath: '/home/ambassador/.config/Ambassador Studio/documents/Message sheet - Lin.pdf',
      }),
    );
  });

  it('saves bundles through the native dialog, starting in Documents, bundles only', async () => {
    await startedApp();
    const options = vi.mocked(createBackend).mock.calls.at(-1)![0];
    const saved = await options.capabilities!.saveFile!('Work - Lin.studio-bundle', new Uint8Array([1, 2, 3]));
    expect(saved).toBeNull();
    expect(h.electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      h.windows[0],
      expect.objectContaining({
        defaultPath: '/home/ambassador/.config/Ambassador Studio/documents/Work - Lin.studio-bundle',
        filters: [{ name: 'Ambassador Studio bundle', extensions: ['studio-bundle'] }],
      }),
    );
  });

  it('quits at once when another instance holds the lock', async () => {
    h.settings.lock = false;
    await startMain();
    expect(h.electron.app.quit).toHaveBeenCalled();
    expect(h.electron.app.whenReady).not.toHaveBeenCalled();
    expect(createBackend).not.toHaveBeenCalled();
  });

  it('on ready: serves app://, opens the backend in userData, registers IPC, menu and window', async () => {
    const win = await startedApp();
    const { protocol, ipcMain, session } = h.electron;
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(createBackend).toHaveBeenCalledWith({
      dataDir: '/home/ambassador/.config/Ambassador Studio',
      version: '0.1.0',
      transport: 'electron',
      nativeBinding: undefined,
      printer: expect.any(Function),
      capabilities: { savePdf: expect.any(Function), saveFile: expect.any(Function) },
    });
    expect(ipcMain.handle).toHaveBeenCalledExactlyOnceWith(IPC_CALL_CHANNEL, expect.any(Function));
    expect(installApplicationMenu).toHaveBeenCalledWith(expect.objectContaining({ appName: 'Ambassador Studio' }));
    expect(createMainWindow).toHaveBeenCalledWith({
      preloadPath: expect.stringMatching(/preload[\\/]index\.cjs$/),
      stateFile: expect.stringMatching(/window-state\.json$/),
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://studio/index.html');
    // IPC is answered before the page can ask.
    expect(ipcMain.handle.mock.invocationCallOrder[0]).toBeLessThan(win.loadURL.mock.invocationCallOrder[0]!);
  });

  it('answers IPC from its own window and refuses other webContents', async () => {
    h.backend.handlers = { 'app:status': () => ({ state: 'ready' }) };
    const win = await startedApp();
    const call = h.electron.ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_CALL_CHANNEL)?.[1] as (
      event: unknown,
      channel: string,
      input?: unknown,
    ) => Promise<unknown>;
    const listener = (event: unknown) => call(event, 'app:status');
    const frame = { url: 'app://studio/index.html', parent: null };
    await expect(listener({ sender: win.webContents, senderFrame: frame })).resolves.toEqual({
      ok: true,
      value: { state: 'ready' },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(listener({ sender: { id: -1 }, senderFrame: frame })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    warn.mockRestore();
  });

  it('loads the electron-vite dev server in development', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const win = await startedApp();
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('focuses (and restores) the existing window when a second instance starts', async () => {
    const win = await startedApp();
    h.electron.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(h.windows).toHaveLength(1);
  });

  it('guards every new webContents', async () => {
    await startedApp();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    h.electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.on).toHaveBeenCalledWith('will-attach-webview', expect.any(Function));
  });

  it('quits when all windows close, except on macOS, and closes the backend on quit', async () => {
    await startedApp();
    setPlatform('darwin');
    h.electron.app.emit('window-all-closed');
    expect(h.electron.app.quit).not.toHaveBeenCalled();
    setPlatform('linux');
    h.electron.app.emit('window-all-closed');
    expect(h.electron.app.quit).toHaveBeenCalledTimes(1);
    h.electron.app.emit('will-quit');
    expect(h.backend.close).toHaveBeenCalledTimes(1);
  });
});
