import { TOKEN_STORAGE_KEY } from '../src/shared/csp';
import { expect, test } from './support/fixtures';
import { removeDataDir, startStudio } from './support/studio-server';

test.describe('launch code', () => {
  test('the printed address opens the app once; the token never shows in the address and a reload keeps working', async ({
    browser,
  }) => {
    const server = await startStudio();
    const first = await browser.newContext();
    const second = await browser.newContext();
    try {
      const page = await first.newPage();
      await page.goto(server.launchUrl);
      await expect(page.getByRole('button', { name: "I'm an ambassador" })).toBeVisible();
      // The code left the address bar; the token the page got for it was never in it.
      expect(page.url()).toBe(server.url);
      const token = (await page.evaluate(`sessionStorage.getItem(${JSON.stringify(TOKEN_STORAGE_KEY)})`)) as
        string | null;
      expect(token).toMatch(/^[\w-]{32}$/);
      expect(server.launchUrl).not.toContain(token!);
      await page.reload();
      await expect(page.getByRole('button', { name: "I'm an ambassador" })).toBeVisible();

      // Anyone who reads the printed address afterwards (on screen, on the browser's command line) gets nothing.
      const later = await second.newPage();
      await later.goto(server.launchUrl);
      await expect(later.getByRole('heading', { name: 'Open Ambassador Studio from its own address' })).toBeVisible();
      await expect(
        later.getByText(/already opened Ambassador Studio, and for your safety it works only once/),
      ).toBeVisible();
      await expect(later.getByRole('button', { name: "I'm an ambassador" })).toHaveCount(0);
    } finally {
      await first.close();
      await second.close();
      await server.stop();
      removeDataDir(server.dataDir);
    }
  });
});
