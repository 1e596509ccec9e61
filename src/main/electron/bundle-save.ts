/**
 * Saving a bundle in the desktop app: the native save window (bundles only), then the same atomic, read-back,
 * 0600 write the PDFs use. The backend hands over the file name and the encrypted bytes; this module only asks
 * where they go.
 */
import { join } from 'node:path';
import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { BUNDLE_EXTENSION } from '../../shared/features/bundles/schemas';
import { safeFileName } from '../../shared/features/message-sheet/model';
import { writeFileAtomic } from '../pdf/write-file-atomic';

const EXTENSION = BUNDLE_EXTENSION.slice(1);
const FALLBACK_NAME = 'Ambassador Studio bundle';

/** A file name the file system accepts, always ending in .studio-bundle, never blank or a reserved device name. */
export function bundleFileName(fileName: string): string {
  const base = fileName.toLowerCase().endsWith(BUNDLE_EXTENSION)
    ? fileName.slice(0, -BUNDLE_EXTENSION.length)
    : fileName;
  const safe = safeFileName(base, EXTENSION);
  // safeFileName falls back to the sheet's name for a blank or reserved name; a bundle says what it is instead.
  return safe === safeFileName('', EXTENSION) && !/^\s*message sheet\s*$/i.test(base)
    ? `${FALLBACK_NAME}${BUNDLE_EXTENSION}`
    : safe;
}

export function saveBundleDialogOptions(fileName: string, defaultDir?: string): SaveDialogOptions {
  const name = bundleFileName(fileName);
  return {
    title: 'Save bundle',
    defaultPath: defaultDir ? join(defaultDir, name) : name,
    buttonLabel: 'Save bundle',
    filters: [{ name: 'Ambassador Studio bundle', extensions: [EXTENSION] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Asks where to save the bundle and writes it atomically (read back and compared). Returns the path, or null
 * when the person closed the window. Write failures are AppErrors with a sentence to show (disk full, ...).
 */
export async function saveBundleWithDialog(
  parent: BrowserWindow | null,
  fileName: string,
  bytes: Uint8Array,
  defaultDir?: string,
): Promise<string | null> {
  const options = saveBundleDialogOptions(fileName, defaultDir);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  // The open window looks for the extension, so a name typed without it still ends in it.
  const path = result.filePath.toLowerCase().endsWith(BUNDLE_EXTENSION)
    ? result.filePath
    : `${result.filePath}${BUNDLE_EXTENSION}`;
  await writeFileAtomic(path, bytes);
  return path;
}
