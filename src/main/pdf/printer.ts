import type { Paper } from '../../shared/features/message-sheet/paper';
import type { FitReport } from '../../shared/features/message-sheet/fit';

export interface PrintOptions {
  paper: Paper;
}

/**
 * Prints a complete HTML document (from the sheet template) to PDF bytes with Chromium's engine. Browser
 * mode and the CLI use playwright-core with the system Chromium; Electron uses a hidden, sandboxed window.
 * Both must print the document as it is: no scripts, the CSS page size, backgrounds, tagged, with outline.
 */
export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  /**
   * Optional: lays the document out and measures it, to say what to shorten when a sheet does not fit.
   * Printers that cannot run the measurement leave it out and the caller falls back to the text lengths.
   */
  measure?(html: string, options: PrintOptions): Promise<FitReport>;
  close(): Promise<void>;
}

/** Makes the printer on first use, so nothing starts Chromium until someone exports. */
export type PdfPrinterFactory = () => PdfPrinter;
