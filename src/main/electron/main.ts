/**
 * Electron entry (built to out/main/index.js). Wiring only: each policy lives in its own module so it can
 * be read and unit-tested with electron mocked. The backend is the same one browser mode uses.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type WebContents } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import { guardWebContents, installPermissionHandlers } from './guards';
import { createSenderCheck, registerIpc } from './ipc';
import { installApplicationMenu } from './menu';
import { resolveSqliteBinding } from './native-binding';
import { APP_ENTRY_URL, trustedOrigins } from './origin';
import { saveBundleWithDialog } from './bundle-save';
import { createElectronPdfPrinter, savePdfWithDialog } from './pdf-window';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow, currentStageWindowOptions } from './window';
import { restrictNewFiles } from '../private-files';

// Before the data folder is touched: SQLite's -wal, -shm and backups, and window-state.json, are 0600 from birth.
restrictNewFiles();

// out/main/index.js sits next to out/preload and out/renderer, in development and inside app.asar alike.
const PRELOAD_PATH = join(__dirname, '..', 'preload', 'index.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

// electron-vite dev serves the renderer with hot reload; a packaged app never loads it.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const origins = trustedOrigins({ devServerUrl, isPackaged: app.isPackaged });
/** webContents of windows we created: the only ones whose IPC calls are answered. */
const ownContents = new WeakSet<WebContents>();
let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

// Tests and trainers trying things out can point an unpackaged app at another data folder; a packaged app
// always uses its own user-data folder. Must happen before `ready` and before the single-instance lock.
if (!app.isPackaged && process.env.AMBASSADOR_STUDIO_DATA_DIR) {
  app.setPath('userData', process.env.AMBASSADOR_STUDIO_DATA_DIR);
}

// Both must happen before `ready`.
registerAppScheme(protocol);
app.enableSandbox();

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openMainWindow(): void {
  const win = createMainWindow({
    preloadPath: PRELOAD_PATH,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  });
  ownContents.add(win.webContents);
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    // ready-to-show never comes when loading fails; show the window so the failure is not invisible.
    console.error('[ambassador-studio] could not load the app page', error);
    win.show();
  });
}

async function start(): Promise<void> {
  registerAppProtocol(protocol, RENDERER_DIR);
  installPermissionHandlers(session.defaultSession, origins);

  // Never throws for a bad database: status says why and the renderer shows a recovery screen.
  backend = await createBackend({
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    transport: 'electron',
    nativeBinding: resolveSqliteBinding({ isPackaged: app.isPackaged, env: process.env }),
    // Message sheets print in a hidden, sandboxed window without JavaScript (pdf-window.ts).
    printer: createElectronPdfPrinter,
    // Sheets, press packs and bundles are saved through the native dialog, written atomically and read back.
    capabilities: {
      savePdf: (title, bytes) => savePdfWithDialog(mainWindow, title, bytes, app.getPath('documents')),
      saveFile: (fileName, bytes) => saveBundleWithDialog(mainWindow, fileName, bytes, app.getPath('documents')),
    },
  });
  if (backend.status.state === 'error') console.error(`[ambassador-studio] ${backend.status.message}`);

  // Handlers first, window second: the renderer calls app:status as soon as it loads.
  registerIpc(
    ipcMain,
    backend.handlers,
    createSenderCheck(origins, (contents) => ownContents.has(contents)),
  );
  installApplicationMenu({
    appName: app.getName(),
    version: app.getVersion(),
    isPackaged: app.isPackaged,
    platform: process.platform,
  });
  openMainWindow();
}

// One copy per user: two windows on the same data file would overwrite each other's drafts.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // Every webContents, including any a future feature creates, gets the navigation and window-open policy.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(
      contents,
      origins,
      (url) => shell.openExternal(url),
      // Interview practice's projector view: a second window with the same secure preferences.
      () => currentStageWindowOptions(PRELOAD_PATH),
    );
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  // After all windows have closed, so no call is in flight; closing checkpoints the WAL file.
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Ambassador Studio could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
