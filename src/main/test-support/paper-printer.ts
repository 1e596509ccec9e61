import type { PdfPrinterFactory } from '../pdf/printer';
import { handMadePdf } from '../pdf/pdf-inspect.test-support';

/**
 * A stand-in for Chromium in component tests: one blank PDF page per `<div class="paper">` the sheet template
 * lays out. The backend's own page count, gate and file handling run as usual; only the drawing is skipped.
 * (The real Chromium printer is tested in the message-sheet service tests and the e2e tests.)
 */
export const paperCountPrinter: PdfPrinterFactory = () => ({
  print: async (html) => handMadePdf(Math.max(1, html.split('<div class="paper">').length - 1)),
  close: async () => undefined,
});
