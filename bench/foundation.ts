import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { openDatabase } from '../src/main/db/open';
import { DB_FILE_NAME } from '../src/main/backend/backend';
import { createServices } from '../src/main/backend/services';
import { randomIds, systemClock } from '../src/main/backend/context';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium-path.mjs';
import { diskBenchDir, removeBenchDir } from './lib/disk-dir';
import { httpCall } from './lib/http-api';
import { dropPageCache } from './lib/page-cache';
import type { Measurement } from './lib/report';
import { median, percentile, timeEach } from './lib/stats';
import { ROOT, startStudioProcess } from './lib/studio-process';

const SUITE = 'foundation';
const SAVES = 500;
/** Starts after the first one: the warm median. */
const WARM_STARTS = 6;

function bio(i: number): string {
  return `Save number ${i}: I came to study, stayed to work, and now I coach a girls' football team on Saturdays.`;
}

async function serviceSaves(): Promise<Measurement> {
  const dir = diskBenchDir('bench-service-');
  try {
    const dbPath = join(dir, 'bench.sqlite');
    const { db } = await openDatabase({ path: dbPath, backupDir: join(dir, 'backups') });
    const services = createServices({
      db,
      clock: systemClock,
      ids: randomIds,
      paths: { dataDir: dir, dbPath, backupDir: dir },
    });
    const { id } = services.ambassadors.create({ fullName: 'Bench Person' });
    const samples = await timeEach(SAVES, (i) => {
      services.ambassadors.update(id, { shortBio: bio(i) });
    });
    db.close();
    return {
      suite: SUITE,
      name: `profile save via service, p95 (${SAVES} saves, synchronous=FULL)`,
      value: percentile(samples, 95),
      unit: 'ms',
      budget: { limit: 5, kind: 'max' },
      detail: { p50: median(samples), p95: percentile(samples, 95) },
    };
  } finally {
    removeBenchDir(dir);
  }
}

async function httpSaves(dataDir: string): Promise<Measurement> {
  const studio = await startStudioProcess(dataDir);
  try {
    const { id } = await httpCall(studio, 'ambassador:create', { fields: { fullName: 'HTTP Bench' } });
    const samples = await timeEach(SAVES, async (i) => {
      await httpCall(studio, 'ambassador:update', { id, patch: { shortBio: bio(i) } });
    });
    return {
      suite: SUITE,
      name: `profile save via HTTP transport, p95 (${SAVES} saves)`,
      value: percentile(samples, 95),
      unit: 'ms',
      budget: { limit: 15, kind: 'max' },
      detail: { p50: median(samples), p95: percentile(samples, 95) },
    };
  } finally {
    await studio.stop();
  }
}

/** The sample cohort, seeded in this process so the first server the bench starts is the first start after the build. */
async function seedSample(dataDir: string): Promise<void> {
  const dbPath = join(dataDir, DB_FILE_NAME);
  const { db } = await openDatabase({ path: dbPath, backupDir: join(dataDir, 'backups') });
  const services = createServices({
    db,
    clock: systemClock,
    ids: randomIds,
    paths: { dataDir, dbPath, backupDir: join(dataDir, 'backups') },
  });
  services.sample.explore();
  services.access.sharedIfUndecided();
  db.close();
}

async function startToHome(browser: Browser, dataDir: string): Promise<void> {
  const studio = await startStudioProcess(dataDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(studio.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
  await page.locator('[aria-current="page"]', { hasText: 'Home' }).waitFor();
  await context.close();
  await studio.stop();
}

/**
 * Start to Home: the first start after the build (page cache dropped where the OS allows, so the app is read from
 * disk) beside the median of the starts that follow (warm: the files are in memory). Both have the budget.
 */
async function coldStarts(dataDir: string): Promise<Measurement[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install chromium or set CHROMIUM_PATH.');
  await seedSample(dataDir);

  const launchStart = performance.now();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const launchMs = performance.now() - launchStart;
  try {
    const pageCache = dropPageCache();
    const [first] = await timeEach(1, () => startToHome(browser, dataDir));
    const warm = await timeEach(WARM_STARTS, () => startToHome(browser, dataDir));
    const name = 'browser-mode start to Home rendered (server spawn + page load)';
    return [
      {
        suite: SUITE,
        name: `${name}: first start after the build`,
        value: first!,
        unit: 'ms',
        budget: { limit: 1500, kind: 'max' },
        detail: { pageCache },
      },
      {
        suite: SUITE,
        name: `${name}: warm, median of the next ${WARM_STARTS}`,
        value: median(warm),
        cold: first!,
        unit: 'ms',
        budget: { limit: 1500, kind: 'max' },
        detail: { min: Math.min(...warm), max: Math.max(...warm), pageCache },
      },
      { suite: SUITE, name: 'Chromium launch (for scale, not budgeted)', value: launchMs, unit: 'ms' },
    ];
  } finally {
    await browser.close();
  }
}

/** The renderer's initial download: the entry script, its modulepreloads and stylesheets from index.html. */
function initialAssets(): Measurement[] {
  const dir = join(ROOT, 'out/renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const sizes = (ext: string) => {
    const files = refs.filter((r) => r.endsWith(ext));
    const raw = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    return { files: files.length, raw: raw / 1024, gzip: gzip / 1024 };
  };
  const js = sizes('.js');
  const css = sizes('.css');
  return [
    {
      suite: SUITE,
      name: `initial renderer JS, gzip (${js.files} files)`,
      value: js.gzip,
      unit: 'KB',
      budget: { limit: 350, kind: 'max' },
      detail: { rawKB: js.raw },
    },
    { suite: SUITE, name: 'initial renderer JS, raw', value: js.raw, unit: 'KB' },
    {
      suite: SUITE,
      name: `initial renderer CSS, gzip (${css.files} files)`,
      value: css.gzip,
      unit: 'KB',
      detail: { rawKB: css.raw },
    },
    { suite: SUITE, name: 'initial renderer CSS, raw', value: css.raw, unit: 'KB' },
  ];
}

export async function runFoundationBench(): Promise<Measurement[]> {
  const startDir = diskBenchDir('bench-start-');
  const saveDir = diskBenchDir('bench-web-');
  try {
    // Starts first: nothing of this run has spawned the server before the first measured start.
    const starts = await coldStarts(startDir);
    return [await serviceSaves(), await httpSaves(saveDir), ...starts, ...initialAssets()];
  } finally {
    removeBenchDir(startDir);
    removeBenchDir(saveDir);
  }
}
