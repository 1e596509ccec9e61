/**
 * The one application window. Every security-relevant webPreference is set explicitly, even where it is
 * Electron's default, so a reviewer (and the tests) can see the whole policy in one place.
 */
import { app, BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { clampBounds, loadWindowState, MIN_SIZE, saveWindowState, type PlacedBounds } from './window-state';

export const WINDOW_TITLE = 'Ambassador Studio';
/** Matches the renderer's light background, so there is no white/black flash before the first paint. */
export const WINDOW_BACKGROUND = '#f8f9fa';

export function mainWindowOptions(options: {
  preloadPath: string;
  devTools: boolean;
  bounds: PlacedBounds;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: WINDOW_TITLE,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on ready-to-show, so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Dropping a file on the window must not navigate to it.
      navigateOnDragDrop: false,
      safeDialogs: true,
      // On Linux Chromium's spellchecker downloads Hunspell dictionaries; the app makes no network calls.
      // macOS and Windows use the operating system's own spellchecker, offline.
      spellcheck: process.platform !== 'linux',
      devTools: options.devTools,
    },
  };
}

function currentWorkAreas() {
  // Primary first: clampBounds falls back to the first work area.
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
}

/**
 * Creates the window with its remembered size and position, and saves them again when it closes.
 * The caller loads the URL (app:// or the dev server) and attaches guards.
 */
export function createMainWindow(options: { preloadPath: string; stateFile: string }): BrowserWindow {
  const saved = loadWindowState(options.stateFile);
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath: options.preloadPath,
      devTools: !app.isPackaged,
      bounds: clampBounds(saved.bounds, currentWorkAreas()),
    }),
  );
  win.once('ready-to-show', () => {
    if (saved.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    saveWindowState(options.stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  return win;
}

export const STAGE_WINDOW_TITLE = 'Stage view · Ambassador Studio';

interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** The projector: the first display that is not the primary one, or null when there is only one screen. */
export function stageDisplay(displays: readonly DisplayLike[], primaryId: number): DisplayLike | null {
  return displays.find((d) => d.id !== primaryId) ?? null;
}

/**
 * Options for the stage view window (interview practice on a projector), opened by the renderer with
 * window.open and allowed by guards.ts. The webPreferences are the main window's, preload included: same
 * sandbox, same isolation. With a second display it fills that display; otherwise it is a normal window.
 */
export function stageWindowOptions(options: {
  preloadPath: string;
  devTools: boolean;
  display: DisplayLike | null;
}): BrowserWindowConstructorOptions {
  const bounds = options.display ? { ...options.display.bounds } : { width: 1280, height: 720 };
  return {
    ...mainWindowOptions({ preloadPath: options.preloadPath, devTools: options.devTools, bounds }),
    minWidth: 640,
    minHeight: 360,
    title: STAGE_WINDOW_TITLE,
    // The stage view is black; no white flash on the projector while it loads.
    backgroundColor: '#000000',
    show: true,
    fullscreen: options.display !== null,
    autoHideMenuBar: true,
  };
}

/** Reads the displays when the stage opens: the projector is often plugged in after the app started. */
export function currentStageWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return stageWindowOptions({
    preloadPath,
    devTools: !app.isPackaged,
    display: stageDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id),
  });
}
