import type { Page } from '@playwright/test';
import { unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

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

/**
 * Everything in the header that sticks out past the window's right edge (there should be nothing). Page scripts
 * are strings: these files are type-checked for Node, without the DOM's names.
 */
async function headerOverflow(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.querySelectorAll('header *'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .map((element) => element.tagName + ' "' + (element.textContent || '').trim().slice(0, 40) + '"');
  })()`)) as string[];
}

/** Button labels whose text is cut off (wider than the room they are given). */
async function clippedLabels(page: Page): Promise<string[]> {
  return (await page.evaluate(`Array.from(document.querySelectorAll('button, button *'))
    .filter((element) => element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1)
    .map((element) => (element.textContent || '').trim())`)) as string[];
}

test.describe('layout at laptop widths', () => {
  for (const width of [1024, 1280, 1366]) {
    test(`at ${width}x768 nothing in the header leaves the window and no label is cut off`, async ({
      page,
      studio,
    }) => {
      await page.setViewportSize({ width, height: 768 });
      await page.goto(studio.url);
      const sample = page.getByRole('button', { name: 'Explore with sample data' });
      await expect(sample).toBeVisible();
      expect(await clippedLabels(page)).toEqual([]);
      await sample.click();
      await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
      expect(await headerOverflow(page)).toEqual([]);

      await unlockTrainerMode(page);
      const banner = page.getByRole('banner');
      // The mode is always readable: never squeezed into an empty pill.
      await expect(banner.getByText('Trainer mode: Sam', { exact: true })).toBeVisible();
      const modeBox = await banner.getByText('Trainer mode: Sam', { exact: true }).boundingBox();
      expect(modeBox?.width ?? 0).toBeGreaterThan(100);
      for (const name of SCREENS) {
        await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click();
        await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
        expect(await headerOverflow(page), name).toEqual([]);
        for (const control of await banner.getByRole('button').all()) {
          const box = await control.boundingBox();
          if (box) expect(box.x + box.width, name).toBeLessThanOrEqual(width);
        }
      }
      if (width === 1024) {
        // The narrow header's mode menu, open, is as accessible as the buttons it replaces.
        await expectNoSeriousA11yViolations(page, 'narrow header');
        await banner.getByRole('button', { name: 'Trainer mode: Sam' }).click();
        await expect(page.getByRole('menuitem', { name: 'Lock now' })).toBeVisible();
        await expectNoSeriousA11yViolations(page, 'mode menu open');
      }
    });
  }
});
