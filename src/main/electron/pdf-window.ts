/**
 * Electron printing: the sheet's HTML is loaded into a hidden, sandboxed window with no preload and
 * JavaScript off, and printed with Chromium's own printToPDF (the same engine as browser mode, the same
 * options). The window is destroyed after every print, whether it worked or not.
 *
 * The HTML goes through a temp file (private folder, removed afterwards) rather than a data: URL, because a
 * sheet with a photo can be larger than Chromium's 2 MB URL limit. Fonts are the system's, which Chromium
 * loads with the page, so the load event is the point where everything is laid out (no script can wait for
 * document.fonts in a page without JavaScript).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BrowserWindow,
  dialog,
  type BrowserWindowConstructorOptions,
  type PrintToPDFOptions,
  type SaveDialogOptions,
} from 'electron';
import { AppError } from '../../shared/result';
import { safeFileName } from '../../shared/features/message-sheet/model';
import { PAPER_SIZES, type Paper } from '../../shared/features/message-sheet/paper';
import type { PdfPrinter, PrintOptions } from '../pdf/printer';
import { writeFileAtomic } from '../pdf/write-file-atomic';

const MM_PER_INCH = 25.4;

/** Hidden, sandboxed, isolated, no Node, no preload, no JavaScript: the page can only be laid out and printed. */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

/** The same options the Chromium printer uses: CSS page size and margins, backgrounds, tagged, outline. */
export function printToPdfOptions(paper: Paper): PrintToPDFOptions {
  const margin = PAPER_SIZES[paper].marginMm / MM_PER_INCH;
  return {
    pageSize: paper,
    landscape: false,
    printBackground: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    margins: { top: margin, bottom: margin, left: margin, right: margin },
  };
}

export async function printHtmlInHiddenWindow(html: string, { paper }: PrintOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'ambassador-sheet-'));
  let win: BrowserWindow | null = null;
  try {
    const file = join(dir, 'sheet.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    win = new BrowserWindow(pdfWindowOptions());
    // Resolves once the page (and its data: images) has loaded.
    await win.loadFile(file);
    const pdf = await win.webContents.printToPDF(printToPdfOptions(paper));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new AppError('INTERNAL', `The sheet could not be printed (${reason.trim()}). Please try again.`);
  } finally {
    if (win && !win.isDestroyed()) win.destroy();
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The PdfPrinter for the Electron app: one hidden window per print, prints one after another. */
export function createElectronPdfPrinter(): PdfPrinter {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    print(html, options) {
      const next = queue.then(() => printHtmlInHiddenWindow(html, options));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
    },
  };
}

/** Save dialog options with a safe default name, "Message sheet - <public name>.pdf", PDF only. */
export function savePdfDialogOptions(title: string, defaultFolder?: string): SaveDialogOptions {
  const name = safeFileName(title);
  return {
    title: 'Save PDF',
    defaultPath: defaultFolder ? join(defaultFolder, name) : name,
    buttonLabel: 'Save PDF',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Asks where to save and writes the PDF atomically (verified by reading it back). Returns the path, or
 * null when the person cancelled. Errors are AppErrors with a message to show (disk full, no permission...).
 */
export async function savePdfWithDialog(
  parent: BrowserWindow | null,
  title: string,
  bytes: Uint8Array,
  defaultFolder?: string,
): Promise<string | null> {
  const options = savePdfDialogOptions(title, defaultFolder);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const path = /\.pdf$/i.test(result.filePath) ? result.filePath : `${result.filePath}.pdf`;
  await writeFileAtomic(path, bytes);
  return path;
}
