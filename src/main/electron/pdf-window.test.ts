import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    static loadError: Error | null = null;
    static printError: Error | null = null;
    readonly options: unknown;
    destroyed = false;
    loadedFile: string | null = null;
    loadedHtml: string | null = null;
    loadFile = vi.fn(async (file: string) => {
      this.loadedFile = file;
      const { readFileSync: read } = await import('node:fs');
      this.loadedHtml = read(file, 'utf8');
      if (FakeBrowserWindow.loadError) throw FakeBrowserWindow.loadError;
    });
    webContents = {
      printToPDF: vi.fn(async (_options: unknown) => {
        if (FakeBrowserWindow.printError) throw FakeBrowserWindow.printError;
        return Buffer.from('%PDF-1.4 fake');
      }),
    };
    destroy = vi.fn(() => {
      this.destroyed = true;
    });
    isDestroyed = vi.fn(() => this.destroyed);
    constructor(options: unknown) {
      super();
      this.options = options;
      FakeBrowserWindow.created.push(this);
    }
  }
  return {
    FakeBrowserWindow,
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({
        canceled: true,
        filePath: undefined as string | undefined,
      })),
    },
  };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, dialog: electron.dialog }));

import {
  createElectronPdfPrinter,
  pdfWindowOptions,
  printHtmlInHiddenWindow,
  printToPdfOptions,
  savePdfDialogOptions,
  savePdfWithDialog,
} from './pdf-window';

type FakeWindow = InstanceType<typeof electron.FakeBrowserWindow>;
const lastWindow = () => electron.FakeBrowserWindow.created.at(-1) as FakeWindow;
const HTML = '<!DOCTYPE html><html><head><title>Message sheet - Amira</title></head><body><p>Hello</p></body></html>';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-pdf-window-'));
  electron.FakeBrowserWindow.created = [];
  electron.FakeBrowserWindow.loadError = null;
  electron.FakeBrowserWindow.printError = null;
  electron.dialog.showSaveDialog.mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pdfWindowOptions', () => {
  it('is hidden, sandboxed, isolated, without Node, JavaScript or a preload', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});

describe('printToPdfOptions', () => {
  it('asks for the page size, CSS page size, margins, backgrounds, a tagged PDF and an outline', () => {
    expect(printToPdfOptions('A4')).toEqual({
      pageSize: 'A4',
      landscape: false,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      margins: { top: 12 / 25.4, bottom: 12 / 25.4, left: 12 / 25.4, right: 12 / 25.4 },
    });
    expect(printToPdfOptions('Letter')).toMatchObject({ pageSize: 'Letter', margins: { top: 0.5 } });
  });
});

describe('printHtmlInHiddenWindow', () => {
  it('loads the HTML from a private temp file, prints with the options, destroys the window and removes the file', async () => {
    const bytes = await printHtmlInHiddenWindow(HTML, { paper: 'Letter' });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4 fake');
    const win = lastWindow();
    expect(win.options).toEqual(pdfWindowOptions());
    expect(win.loadedHtml).toBe(HTML);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(printToPdfOptions('Letter'));
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(existsSync(dirname(win.loadedFile!))).toBe(false);
  });

  it('destroys the window and removes the temp file when printing fails', async () => {
    electron.FakeBrowserWindow.printError = new Error('printing failed\nstack');
    await expect(printHtmlInHiddenWindow(HTML, { paper: 'A4' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: 'The sheet could not be printed (printing failed). Please try again.',
    });
    const win = lastWindow();
    expect(win.destroy).toHaveBeenCalledTimes(1);
    expect(existsSync(dirname(win.loadedFile!))).toBe(false);
  });

  it('destroys the window when the page does not load', async () => {
    electron.FakeBrowserWindow.loadError = new Error('ERR_FAILED (-2) loading file');
    await expect(printHtmlInHiddenWindow(HTML, { paper: 'A4' })).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('prints one sheet at a time through the printer, one window each', async () => {
    const printer = createElectronPdfPrinter();
    await Promise.all([printer.print(HTML, { paper: 'A4' }), printer.print(HTML, { paper: 'A4' })]);
    expect(electron.FakeBrowserWindow.created).toHaveLength(2);
    expect(electron.FakeBrowserWindow.created.every((w) => w.destroyed)).toBe(true);
    await printer.close();
  });
});

describe('save dialog', () => {
  it('offers a safe default file name and PDF only', () => {
    const options = savePdfDialogOptions('Message sheet - A/B: "C"?', '/home/trainer/Documents');
    expect(options.defaultPath).toBe(join('/home/trainer/Documents', 'Message sheet - A B C.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(savePdfDialogOptions('  ..  ').defaultPath).toBe('Message sheet.pdf');
    expect(savePdfDialogOptions('CON').defaultPath).toBe('Message sheet.pdf');
  });

  it('writes the file where the person chose (adding .pdf) and returns the path', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'sheet') });
    const path = await savePdfWithDialog(null, 'Message sheet - Olena', new Uint8Array([37, 80, 68, 70]));
    expect(path).toBe(join(dir, 'sheet.pdf'));
    expect(readFileSync(path!, 'latin1')).toBe('%PDF');
  });

  it('returns null and writes nothing when cancelled', async () => {
    await expect(savePdfWithDialog(null, 'Message sheet - Olena', new Uint8Array([1]))).resolves.toBeNull();
  });
});
