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

test.describe('accessibility', () => {
  test('the first-run screens have no serious or critical axe violations', async ({ page, studio }) => {
    await page.goto(studio.url);
    await expect(page.getByRole('button', { name: "I'm an ambassador" })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'welcome');
    await page.getByRole('button', { name: "I'm an ambassador" }).click();
    await expect(page.getByRole('button', { name: 'Create my profile' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'first run: ambassador form');
  });

  for (const theme of ['Light', 'Dark'] as const) {
    test(`every screen has no serious or critical axe violations (${theme.toLowerCase()} theme)`, async ({
      page,
      studio,
    }) => {
      await page.goto(studio.url);
      await page.getByRole('button', { name: 'Explore with sample data' }).click();
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('radio', { name: theme }).check();
      for (const name of SCREENS) {
        await page.getByRole('link', { name }).click();
        await expect(page.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
        await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousA11yViolations(page, `${name} (${theme})`);
      }
    });
  }

  test('keyboard: the first Tab stop skips to the content and Alt+number switches screens', async ({
    page,
    studio,
  }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    // On a fresh page load the first Tab stop is the skip link, and it takes focus past the navigation.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).not.toBeFocused();
    await page.keyboard.press('Alt+9');
    await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('link', { name: 'Profile' })).toHaveAttribute('aria-current', 'page');
  });
});
