import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  dialog: {
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
      canceled: true,
      filePath: undefined as string | undefined,
    })),
  },
}));

vi.mock('electron', () => ({ dialog: electron.dialog }));

import { bundleFileName, saveBundleDialogOptions, saveBundleWithDialog } from './bundle-save';

const BYTES = new Uint8Array([0x61, 0x67, 0x65, 0x2d, 0x65, 0x6e, 0x63]);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-bundle-save-'));
  electron.dialog.showSaveDialog.mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bundle file names', () => {
  it('keeps a good name, adds the extension once and cleans what file systems refuse', () => {
    expect(bundleFileName('Work - Amira - 2026-12-03.studio-bundle')).toBe('Work - Amira - 2026-12-03.studio-bundle');
    expect(bundleFileName('Feedback - Olena')).toBe('Feedback - Olena.studio-bundle');
    expect(bundleFileName('Work: A/B "C"?.studio-bundle')).toBe('Work A B C.studio-bundle');
  });

  it('never offers a blank or reserved name', () => {
    expect(bundleFileName('  ..  ')).toBe('Ambassador Studio bundle.studio-bundle');
    expect(bundleFileName('CON.studio-bundle')).toBe('Ambassador Studio bundle.studio-bundle');
  });
});

describe('save dialog', () => {
  it('offers the bundle name in the default folder, bundles only', () => {
    const options = saveBundleDialogOptions('Work - Amira.studio-bundle', '/home/amira/Documents');
    expect(options.defaultPath).toBe(join('/home/amira/Documents', 'Work - Amira.studio-bundle'));
    expect(options.filters).toEqual([{ name: 'Ambassador Studio bundle', extensions: ['studio-bundle'] }]);
    expect(options.properties).toEqual(['createDirectory', 'showOverwriteConfirmation']);
    expect(saveBundleDialogOptions('Work').defaultPath).toBe('Work.studio-bundle');
  });

  it('writes the bytes where the person chose, adding the extension, readable only by them', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'for Sam') });
    const path = await saveBundleWithDialog(null, 'Work - Amira.studio-bundle', BYTES, dir);
    expect(path).toBe(join(dir, 'for Sam.studio-bundle'));
    expect(new Uint8Array(readFileSync(path!))).toEqual(BYTES);
    expect(statSync(path!).mode & 0o777).toBe(0o600);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(saveBundleDialogOptions('Work - Amira', dir));
  });

  it('asks over the parent window when there is one, and keeps a name that has the extension', async () => {
    const parent = { id: 1 };
    const chosen = join(dir, 'mine.STUDIO-BUNDLE');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const path = await saveBundleWithDialog(parent as never, 'Work', BYTES);
    expect(path).toBe(chosen);
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(parent);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'old.studio-bundle');
    writeFileSync(target, 'an older bundle that was longer than the new one');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await saveBundleWithDialog(null, 'Work', BYTES);
    expect(new Uint8Array(readFileSync(target))).toEqual(BYTES);
  });

  it('returns null and writes nothing when the window is closed', async () => {
    await expect(saveBundleWithDialog(null, 'Work', BYTES, dir)).resolves.toBeNull();
  });

  it('says why when the folder cannot be written', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'missing-folder', 'work.studio-bundle'),
    });
    await expect(saveBundleWithDialog(null, 'Work', BYTES)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('does not exist'),
    });
  });
});
