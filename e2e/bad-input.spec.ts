import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { removeDataDir, startStudio } from './support/studio-server';

const DB_FILE = 'ambassador-studio.sqlite';

test.describe('bad input', () => {
  test('a file that is not an image is refused as a photo with a clear message', async ({ page, studio }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByLabel('Photo file').setInputFiles({
      name: 'holiday.png',
      mimeType: 'image/png',
      buffer: Buffer.from('this is a text file pretending to be a picture'),
    });
    await expect(page.getByText(/not a photo we can use/i).first()).toBeVisible();
  });

  test('API calls without the token or from another origin are refused and change nothing', async ({
    page,
    studio,
  }) => {
    await page.goto(studio.url);
    const noToken = await page.request.post(`${studio.origin}/api/ambassador:create`, {
      headers: { 'content-type': 'application/x-devalue+json' },
      data: '[{"fields":1},{}]',
    });
    expect(noToken.status()).toBe(401);
    const token = await studio.token();
    const foreign = await page.request.post(`${studio.origin}/api/ambassador:create`, {
      headers: { 'content-type': 'application/x-devalue+json', 'x-studio-token': token, origin: 'http://evil.example' },
      data: '[{"fields":1},{}]',
    });
    expect(foreign.status()).toBe(403);
    await page.reload();
    await expect(page.getByRole('button', { name: "I'm an ambassador" })).toBeVisible();
  });

  test('a damaged data file shows a recovery screen and is left as it was', async ({ page }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'studio-corrupt-'));
    const junk = Buffer.alloc(8192, 0x5a);
    writeFileSync(join(dataDir, DB_FILE), junk);
    const server = await startStudio(dataDir);
    try {
      await page.goto(server.launchUrl);
      await expect(page.getByRole('heading', { name: 'Your work could not be opened' })).toBeVisible();
      await expect(page.getByText(/damaged/).first()).toBeVisible();
      await expect(page.getByTestId('db-path')).toContainText(DB_FILE);
      await expectNoSeriousA11yViolations(page, 'recovery screen');
    } finally {
      await server.stop();
    }
    expect(readFileSync(join(dataDir, DB_FILE)).equals(junk)).toBe(true);
    removeDataDir(dataDir);
  });

  test('a data file from a newer version is refused with a clear message and left byte-identical', async ({ page }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'studio-newer-'));
    const path = join(dataDir, DB_FILE);
    const db = new Database(path);
    db.exec('CREATE TABLE from_the_future (x TEXT)');
    db.pragma('user_version = 9990');
    db.close();
    const before = readFileSync(path);
    const server = await startStudio(dataDir);
    try {
      await page.goto(server.launchUrl);
      await expect(page.getByRole('heading', { name: 'Your work could not be opened' })).toBeVisible();
      await expect(page.getByText(/newer version/).first()).toBeVisible();
    } finally {
      await server.stop();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    removeDataDir(dataDir);
  });
});
