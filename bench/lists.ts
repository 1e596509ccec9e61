import { rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium-path.mjs';
import { diskBenchDir } from './lib/disk-dir';
import type { Measurement } from './lib/report';
import { seedLists } from './lib/seed-lists';
import { median, percentile } from './lib/stats';
import { startStudioProcess, type RunningStudio } from './lib/studio-process';
import { timeScreen, type ScreenTiming } from './lib/screen-timing';

const SUITE = 'lists';
const COUNTS = { quotes: 10_000, inReview: 1_000, houses: 1_000 };
const COLD_OPENS = 5;
const BURSTS = 6;
const KEYS_PER_BURST = 20;

/** The one window (the launch code in the address works once); it starts on Home with the ambassador chosen. */
async function openWindow(browser: Browser, studio: RunningStudio): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.locator('[aria-current="page"]', { hasText: 'Home' }).waitFor();
  return page;
}

/** Back to Home and a reload: nothing the page had loaded is cached any more, as after starting the app. */
async function reloadOnHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Home' }).click();
  await page.reload();
  await page.locator('[aria-current="page"]', { hasText: 'Home' }).waitFor();
}

function withDetail(figures: ReturnType<typeof openFigures>, extra: Record<string, number>) {
  return { ...figures, detail: { ...figures.detail, ...extra } };
}

async function coldOpens(page: Page, link: string, firstRow: string): Promise<ScreenTiming[]> {
  const samples: ScreenTiming[] = [];
  for (let i = 0; i < COLD_OPENS; i += 1) {
    await reloadOnHome(page);
    samples.push(await timeScreen(page, link, firstRow));
  }
  return samples;
}

/** The budgeted figure is the one the person sees (in the page); the harness's view is kept beside it. */
function openFigures(samples: ScreenTiming[]) {
  const inPage = samples.map((s) => s.inPage);
  const outside = samples.map((s) => s.outside);
  return {
    value: median(inPage),
    detail: { min: Math.min(...inPage), max: Math.max(...inPage), medianSeenByPlaywright: median(outside) },
  };
}

// Page code as text: bench/ is typed for Node, without the DOM.
const PROBES = `(() => {
  const state = { keys: [], saves: [], lastKey: 0, waiting: false };
  window.benchProbe = state;
  document.addEventListener('keydown', () => {
    const start = performance.now();
    state.lastKey = start;
    state.waiting = true;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => state.keys.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
  new MutationObserver(() => {
    const status = document.querySelector('[data-testid="save-status"]')?.getAttribute('data-status');
    if (status === 'saved' && state.waiting) {
      state.waiting = false;
      state.saves.push(performance.now() - state.lastKey);
    }
  }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-status'] });
})()`;

interface ProbeWindow {
  benchProbe: { waiting: boolean };
}

async function typing(page: Page): Promise<{ keys: number[]; saves: number[] }> {
  await reloadOnHome(page);
  await timeScreen(page, 'Press quotes', 'quote-card');
  await page
    .getByTestId('quote-card')
    .first()
    .getByRole('button', { name: /^Open quote/ })
    .click();
  const text = page.getByRole('textbox', { name: 'Quote', exact: true });
  await text.waitFor();
  await text.click();
  await page.keyboard.press('End');
  await page.evaluate(PROBES);
  for (let burst = 0; burst < BURSTS; burst += 1) {
    await page.keyboard.type(` and more${burst}`.padEnd(KEYS_PER_BURST, 'x'), { delay: 80 });
    // A function, not a string: the page's CSP forbids the eval a string predicate needs.
    await page.waitForFunction(() => !(globalThis as unknown as ProbeWindow).benchProbe.waiting, undefined, {
      timeout: 60_000,
    });
    await page.waitForTimeout(200);
  }
  return (await page.evaluate('window.benchProbe')) as { keys: number[]; saves: number[] };
}

/** The review queue's height in the page: a list that draws only the rows in view stays a screen or so tall. */
async function reviewHeight(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollHeight')) as number;
}

export async function runListsBench(): Promise<Measurement[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install chromium or set CHROMIUM_PATH.');
  const dataDir = diskBenchDir('bench-lists-');
  try {
    await seedLists(dataDir, COUNTS);
    const studio = await startStudioProcess(dataDir);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const page = await openWindow(browser, studio);
      const quotesOpen = await coldOpens(page, 'Press quotes', 'quote-card');
      const { keys, saves } = await typing(page);
      // The Trainer screen opens on the tab last used in this window: here, as for a trainer reviewing, the queue.
      await page.evaluate("sessionStorage.setItem('ambassador-studio.trainer-tab', 'review')");
      const reviewOpen = await coldOpens(page, 'Trainer', 'review-quote');
      const pageHeight = await reviewHeight(page);
      const scale = `${COUNTS.quotes.toLocaleString('en-GB')} quotes, ${COUNTS.houses.toLocaleString('en-GB')} houses`;
      return [
        {
          suite: SUITE,
          name: `Press quotes screen ready, median of ${COLD_OPENS} cold opens (${scale})`,
          unit: 'ms',
          budget: { limit: 300, kind: 'max' },
          ...openFigures(quotesOpen),
        },
        {
          suite: SUITE,
          name: `quote editor keystroke to paint, p95 (${keys.length} keys, saves between bursts)`,
          value: percentile(keys, 95),
          unit: 'ms',
          budget: { limit: 50, kind: 'max' },
          detail: { p50: median(keys), max: Math.max(...keys) },
        },
        {
          suite: SUITE,
          name: `autosave acknowledged after typing stops, worst of ${saves.length} (600 ms pause included)`,
          value: Math.max(...saves),
          unit: 'ms',
          budget: { limit: 1000, kind: 'max' },
          detail: { median: median(saves) },
        },
        {
          suite: SUITE,
          name: `review queue ready, median of ${COLD_OPENS} cold opens (${COUNTS.inReview.toLocaleString('en-GB')} quotes in review)`,
          unit: 'ms',
          budget: { limit: 500, kind: 'max' },
          ...withDetail(openFigures(reviewOpen), { trainerPageHeightPx: pageHeight }),
        },
      ];
    } finally {
      await browser.close();
      await studio.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
