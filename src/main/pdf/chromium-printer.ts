/**
 * Browser mode and CLI printing: the system Chromium driven by playwright-core (DESIGN.md section 2).
 * Chromium is launched on first use and kept running (one page, reused, prints queued), so a sheet prints in
 * about a tenth of a second once it is up; it is closed after a while without prints, or by close().
 * Scripts are off in the page; the document's CSP allows none anyway, and the context is offline.
 */
import type { Browser, Page } from 'playwright-core';
import {
  findChromium,
  isSandboxUnavailable,
  NO_SANDBOX_ENV,
  printLaunch,
  UNSANDBOXED_LAUNCH,
  type PrintLaunch,
} from './chromium-path';
import { collectSheetBoxes, fitReport, type FitReport, type SheetBox } from '../../shared/features/message-sheet/fit';
import { AppError } from '../../shared/result';
import type { PdfPrinter, PrintOptions } from './printer';

export interface ChromiumPrinterOptions {
  /** Environment used to find Chromium (CHROMIUM_PATH, then PATH); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Close Chromium after this long without a print (ms); 0 keeps it open until close(). */
  idleMs?: number;
  launchTimeoutMs?: number;
  /** The user id that decides whether Chromium's sandbox can run (root cannot); defaults to this process's. */
  uid?: number;
}

const DEFAULT_IDLE_MS = 5 * 60 * 1000;
const PRINT_TIMEOUT_MS = 30_000;

export function missingChromiumMessage(env: NodeJS.ProcessEnv = process.env): string {
  const where = env.CHROMIUM_PATH
    ? `CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but there is no file there.`
    : 'No Chromium or Chrome was found (looked for CHROMIUM_PATH, then chromium, chromium-browser and google-chrome on PATH).';
  return (
    `PDF export needs Chromium. ${where} Install it (Debian or Ubuntu: "sudo apt install chromium") or set ` +
    'CHROMIUM_PATH to a Chromium or Chrome executable. Meanwhile, open the preview and use your browser’s own ' +
    'Print > Save as PDF: it prints the same sheet.'
  );
}

interface Session {
  browser: Browser;
  page: Page;
}

export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  const env = options.env ?? process.env;
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  let session: Promise<Session> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | null = null;
  let closed = false;

  const launch = async (): Promise<Session> => {
    const executablePath = findChromium(env);
    if (!executablePath) throw new AppError('UNSUPPORTED', missingChromiumMessage(env));
    let browser: Browser;
    try {
      // Loaded on first export only: playwright-core takes a few hundred milliseconds to load, and the app
      // (and Electron, which prints with its own window) should not pay that at start-up.
      const { chromium } = await import('playwright-core');
      const start = ({ chromiumSandbox, args }: PrintLaunch) =>
        chromium.launch({
          executablePath,
          args: [...args, '--disable-extensions', '--mute-audio'],
          chromiumSandbox,
          headless: true,
          timeout: options.launchTimeoutMs ?? 30_000,
        });
      const wanted = printLaunch(options.uid ?? process.getuid?.(), env);
      try {
        browser = await start(wanted);
      } catch (error) {
        // A kernel that gives the sandbox nothing to work with should not stop trainers printing: say so, go on.
        if (!wanted.chromiumSandbox || !isSandboxUnavailable(error)) throw error;
        console.warn(
          `[ambassador-studio] Chromium's sandbox cannot run here, so sheets print without it (set ${NO_SANDBOX_ENV}=1 to skip this try).`,
        );
        browser = await start(UNSANDBOXED_LAUNCH);
      }
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      throw new AppError(
        'UNSUPPORTED',
        `Chromium at "${executablePath}" could not be started (${reason.trim()}). Check that it runs, or set CHROMIUM_PATH to ` +
          'another Chromium or Chrome. Meanwhile, use your browser’s own Print > Save as PDF on the preview.',
      );
    }
    const context = await browser.newContext({
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: 'block',
      acceptDownloads: false,
      viewport: { width: 1024, height: 1400 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(PRINT_TIMEOUT_MS);
    browser.on('disconnected', () => {
      session = null;
    });
    return { browser, page };
  };

  const getSession = (): Promise<Session> => {
    if (closed) return Promise.reject(new AppError('UNSUPPORTED', 'The PDF printer has been closed.'));
    if (!session) {
      const starting = launch();
      session = starting;
      // A failed launch is not cached: the next export tries again (e.g. after Chromium was installed).
      starting.catch(() => {
        if (session === starting) session = null;
      });
    }
    return session;
  };

  const shutdown = async (): Promise<void> => {
    const current = session;
    session = null;
    if (!current) return;
    try {
      const { browser } = await current;
      await browser.close();
    } catch {
      // It never started or is already gone.
    }
  };

  const touchIdle = () => {
    if (idleMs <= 0) return;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void shutdown(), idleMs);
    idleTimer.unref();
  };

  /** One job at a time on the one page. */
  const run = <T>(job: (page: Page) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => {
      const { page } = await getSession();
      try {
        return await job(page);
      } catch (error) {
        if (error instanceof AppError) throw error;
        // A crashed page or browser: start afresh next time.
        await shutdown();
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        throw new AppError('INTERNAL', `Chromium could not print the sheet (${reason.trim()}). Please try again.`);
      } finally {
        touchIdle();
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };

  const load = async (page: Page, html: string) => {
    await page.setContent(html, { waitUntil: 'load' });
    // Scripts are off for the page, but Playwright's own evaluation still runs: wait for the system fonts.
    await page.evaluate('document.fonts.ready.then(() => true)');
  };

  return {
    print(html: string, { paper }: PrintOptions): Promise<Uint8Array> {
      return run(async (page) => {
        await load(page, html);
        const pdf = await page.pdf({
          format: paper,
          printBackground: true,
          tagged: true,
          outline: true,
          preferCSSPageSize: true,
          displayHeaderFooter: false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      });
    },
    measure(html: string): Promise<FitReport> {
      return run(async (page) => {
        await load(page, html);
        const boxes = (await page.evaluate(`(${collectSheetBoxes.toString()})(document)`)) as SheetBox[];
        return fitReport(boxes);
      });
    },
    async close(): Promise<void> {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      await queue;
      await shutdown();
    },
  };
}
