import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

/** pdfinfo's fields as a record. */
function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) out[match[1].trim()] = match[2]?.trim() ?? '';
  }
  return out;
}

/** The sheet preview is a sandboxed frame without scripts, so axe cannot run inside it (message-sheet.spec.ts scans its document on its own). */
const PREVIEW = 'iframe[title="Preview of the message sheet"]';
const SCREENS = [
  'Home',
  'Profile',
  'Key messages',
  'Press quotes',
  'Interview practice',
  'Message sheet',
  'Trainer',
  'Settings',
];

async function go(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
  await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
}

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-e2e-sample-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('“Explore with sample data” fills every exercise screen, and the press pack exports straight away', async ({
  page,
  studio,
}) => {
  test.setTimeout(120_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();

  await test.step('every exercise screen has something to show', async () => {
    const main = page.getByRole('main');
    await go(page, 'Key messages');
    await expect(main.getByText('Hospitals and home').first()).toBeVisible();
    await expect(main.getByText('Radio phone-in on waiting lists').first()).toBeVisible();

    await go(page, 'Press quotes');
    await expect(main.getByText(/nobody asks where the nurse was born/).first()).toBeVisible();
    await expect(main.getByText('In review').first()).toBeVisible();
    await expect(main.getByText('Retired').first()).toBeVisible();

    await go(page, 'Interview practice');
    await page.getByRole('tab', { name: 'History and progress' }).click();
    await expect(page.getByTestId('chart-days-summary')).toContainText('answers on 4 days');
    await expect(page.getByTestId('chart-confidence-summary')).toContainText('Confidence: rising');

    await go(page, 'Message sheet');
    const preview = page.frameLocator('iframe[title="Preview of the message sheet"]');
    await expect(preview.getByRole('heading', { level: 1, name: 'Amira Haddad' })).toBeVisible();
  });

  await test.step('a trainer exports the sample cohort’s press pack: two sheets, Olena left out with the reason', async () => {
    await unlockTrainerMode(page);
    await go(page, 'Message sheet');
    await expect(page.getByRole('heading', { name: 'Press pack for Demo cohort (fictional)' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export press pack' }).click();
    const saved = await download;
    const file = join(dir, saved.suggestedFilename());
    await saved.saveAs(file);

    const summary = page.getByTestId('pack-summary');
    const included = summary.getByRole('list', { name: 'Ambassadors in the pack' });
    await expect(included).toContainText('Amira Haddad');
    await expect(included).toContainText('Lin');
    await expect(summary.getByRole('list', { name: 'Ambassadors left out' })).toContainText(
      'Olena has no primary Message House yet.',
    );
    expect(saved.suggestedFilename()).toBe('Press pack - Home Is Where We Build It.pdf');
    const info = pdfInfo(file);
    expect(info).toMatchObject({ Title: 'Press pack - Home Is Where We Build It', Tagged: 'yes' });
    // A cover (one page for two people) and one page per sheet.
    expect(Number(info.Pages)).toBe(3);
  });
});

/** axe on every screen, as they are now (the sheet preview's own document is scanned by message-sheet.spec.ts). */
async function scanEveryScreen(page: Page, label: string): Promise<void> {
  for (const screen of SCREENS) {
    const link = page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    if (screen === 'Interview practice') await page.getByRole('tab', { name: 'History and progress' }).click();
    await expectNoSeriousA11yViolations(page, `${screen} with sample data (${label})`, { exclude: [PREVIEW] });
  }
}

test('with the sample loaded, every screen stays free of serious axe violations', async ({ page, studio }) => {
  test.setTimeout(240_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
  await scanEveryScreen(page, 'ambassador, light');
  await page.getByRole('button', { name: 'Use dark theme' }).click();
  await scanEveryScreen(page, 'ambassador, dark');
  await page.getByRole('button', { name: 'Use light theme' }).click();
  // The trainer's screens: the overview, the review queue's content and the press pack section.
  await unlockTrainerMode(page);
  await scanEveryScreen(page, 'trainer, light');
});
