import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { giveSessionToken } from './fixtures';
import { removeDataDir, startStudio, type StudioServer } from './studio-server';

/**
 * Several laptops in one journey: each is its own browser-mode server with its own data folder, opened in its
 * own browser context (its own storage and session token), as two people on two machines would be.
 */
export interface Laptop {
  name: string;
  server: StudioServer;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openLaptop(browser: Browser, name: string): Promise<Laptop> {
  const server = await startStudio();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  await giveSessionToken(context, server);
  const page = await context.newPage();
  return {
    name,
    server,
    context,
    page,
    async close() {
      await context.close();
      await server.stop();
      removeDataDir(server.dataDir);
    },
  };
}

/** A folder for the files that travel between the laptops (the USB stick). */
export function usbStick(): string {
  return mkdtempSync(join(tmpdir(), 'studio-usb-'));
}

/** Clicks what starts a download and keeps the file on the "USB stick"; returns its path. */
export async function downloadTo(page: Page, folder: string, start: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The part of a DOM element used here (these files are type-checked without the DOM's names). */
interface ScrollableElement {
  style: { scrollMarginTop: string };
  scrollIntoView(options: { block: 'start'; behavior: 'instant' }): void;
}

export const SHOTS_DIR = '/tmp/shots-bundles';

/**
 * What a person sees when they scroll to a region, at the two laptop widths the app is made for, in the light and
 * the dark theme: the viewport with the region at its top, just below the fixed header.
 */
export async function screenshotBothThemes(page: Page, region: Locator, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const html = page.locator('html');
  const before = page.viewportSize();
  for (const scheme of ['light', 'dark'] as const) {
    const toggle = page.getByRole('button', { name: scheme === 'dark' ? 'Use dark theme' : 'Use light theme' });
    if (await toggle.isVisible()) await toggle.click();
    await expect(html).toHaveAttribute('data-mantine-color-scheme', scheme);
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(region).toBeVisible();
      // Instant (the page may scroll smoothly), and clear of the fixed header.
      await region.evaluate((el: ScrollableElement) => {
        el.style.scrollMarginTop = '80px';
        el.scrollIntoView({ block: 'start', behavior: 'instant' });
      });
      await page.screenshot({ path: join(SHOTS_DIR, `${name}-${width}-${scheme}.png`), animations: 'disabled' });
    }
  }
  await page.getByRole('button', { name: 'Use light theme' }).click();
  if (before) await page.setViewportSize(before);
}

/** One screenshot of the page as it is now (a dialog open, say), light theme, at the current width. */
export async function screenshotNow(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
}
