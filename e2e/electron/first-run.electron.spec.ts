import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/lib/electron-binary.mjs';

const root = join(__dirname, '..', '..');
const binary = findElectronBinary({ root });
const SKIP_LINE = binary.available ? '' : `Electron e2e skipped: ${binary.reason}`;

test.describe('Electron app', () => {
  test.skip(!binary.available, SKIP_LINE);

  test('first run: an ambassador creates a profile and lands on Home', async () => {
    if (!binary.available) return;
    // Loaded only where Electron exists: it builds the Electron-ABI SQLite module on first use.
    const { ensureElectronSqlite } = await import('../../scripts/electron-native.mjs');
    const userData = mkdtempSync(join(tmpdir(), 'studio-electron-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [root],
      env: {
        ...process.env,
        AMBASSADOR_STUDIO_DATA_DIR: userData,
        AMBASSADOR_STUDIO_SQLITE_BINDING: ensureElectronSqlite({ root }),
      },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('button', { name: "I'm an ambassador" }).click();
      await page.getByRole('textbox', { name: 'First name' }).fill('Samira');
      await page.getByRole('button', { name: 'Create my profile' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Samira');
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
