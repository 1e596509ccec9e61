import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
}));
vi.mock('electron', () => electron);

import { buildMenuTemplate, installApplicationMenu, type MenuOptions } from './menu';

const base: MenuOptions = {
  appName: 'Ambassador Studio',
  version: '0.1.0',
  isPackaged: true,
  platform: 'linux',
  showAbout: vi.fn(),
};

/** Every role in the template, depth first. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function submenuOf(items: MenuItemConstructorOptions[], role: string): MenuItemConstructorOptions[] {
  const menu = items.find((item) => item.role === role);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

beforeEach(() => vi.clearAllMocks());

describe('buildMenuTemplate', () => {
  it('has the usual menus and roles on Windows and Linux', () => {
    const template = buildMenuTemplate(base);
    expect(template.map((item) => item.role)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(submenuOf(template, 'fileMenu'))).toEqual(['quit']);
    expect(roles(submenuOf(template, 'editMenu'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(submenuOf(template, 'viewMenu'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('adds the app menu and uses Close in the File menu on macOS', () => {
    const template = buildMenuTemplate({ ...base, platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(submenuOf(template, 'fileMenu'))).toEqual(['close']);
  });

  it('has no reload or DevTools in a packaged app', () => {
    const all = roles(buildMenuTemplate(base));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(all).not.toContain(role);
  });

  it('offers reload and DevTools while developing', () => {
    const view = roles(submenuOf(buildMenuTemplate({ ...base, isPackaged: false }), 'viewMenu'));
    expect(view).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has an About item in Help that shows the about box', () => {
    const showAbout = vi.fn();
    const help = submenuOf(buildMenuTemplate({ ...base, showAbout }), 'help');
    expect(help[0]?.label).toBe('About Ambassador Studio');
    (help[0]?.click as () => void)();
    expect(showAbout).toHaveBeenCalledTimes(1);
  });
});

describe('installApplicationMenu', () => {
  it('sets the menu and its About item shows the app name and version', () => {
    installApplicationMenu({ appName: 'Ambassador Studio', version: '1.2.3', isPackaged: true, platform: 'win32' });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    (submenuOf(template, 'help')[0]?.click as () => void)();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Ambassador Studio', detail: expect.stringContaining('Version 1.2.3') }),
    );
  });
});
