/**
 * The application menu. Standard roles give the platform's usual shortcuts (and the Edit roles make copy
 * and paste work in text fields on macOS). Reload and DevTools exist only in development: in a packaged
 * app a reload could drop unsaved typing and DevTools are an attack surface.
 */
import { dialog, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  version: string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  showAbout: () => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const devOnly: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => options.showAbout() };

  return [
    ...(isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { role: 'fileMenu', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        ...devOnly,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [about] },
  ];
}

/** The About box: name and version, which is what a trainer needs when reporting a problem. */
export function showAboutDialog(appName: string, version: string): void {
  void dialog.showMessageBox({
    type: 'info',
    title: `About ${appName}`,
    message: appName,
    detail: `Version ${version}\nOffline media-training studio. Your data stays on this computer.`,
    buttons: ['OK'],
  });
}

export function installApplicationMenu(options: Omit<MenuOptions, 'showAbout'>): void {
  const template = buildMenuTemplate({
    ...options,
    showAbout: () => showAboutDialog(options.appName, options.version),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
