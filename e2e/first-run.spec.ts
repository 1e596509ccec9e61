import { expect, test } from './support/fixtures';

test.describe('first run and profiles', () => {
  test('an ambassador creates a profile, edits it with autosave, and finds it after a reload', async ({
    page,
    studio,
  }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: "I'm an ambassador" }).click();
    await page.getByRole('textbox', { name: 'First name' }).fill('Samira');
    await page.getByRole('textbox', { name: 'Full name' }).fill('Samira Okafor');
    await page.getByRole('radio', { name: 'First name only' }).check();
    await expect(page.getByTestId('public-name-preview')).toContainText('Samira');
    await expect(page.getByTestId('public-name-preview')).not.toContainText('Okafor');
    await page.getByRole('button', { name: 'Create my profile' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText('Samira');
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('textbox', { name: 'Short bio' }).fill('Nurse, runner and weekend baker.');
    await page.getByRole('textbox', { name: 'Role' }).fill('Nurse');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
    await expect(page.getByTestId('save-status')).toContainText('Saved');

    await page.reload();
    await page.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('textbox', { name: 'Short bio' })).toHaveValue('Nurse, runner and weekend baker.');
    await expect(page.getByRole('textbox', { name: 'Role' })).toHaveValue('Nurse');

    // The server itself restarting (a new launch, a new token) loses nothing either.
    await studio.restart();
    await page.goto(studio.url);
    await page.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('textbox', { name: 'Short bio' })).toHaveValue('Nurse, runner and weekend baker.');
  });

  test('closing the window mid-typing loses nothing', async ({ context, page, studio }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await page.getByRole('link', { name: 'Profile' }).click();
    const bio = page.getByRole('textbox', { name: 'Short bio' });
    await bio.fill('');
    await bio.pressSequentially('Typed just before closing', { delay: 5 });
    // No waiting for the autosave: the window goes away straight after the last key.
    await page.close({ runBeforeUnload: true });

    const again = await context.newPage();
    await again.goto(studio.url);
    await again.getByRole('link', { name: 'Profile' }).click();
    await expect(again.getByRole('textbox', { name: 'Short bio' })).toHaveValue('Typed just before closing');
  });

  test('a trainer creates the first cohort', async ({ page, studio }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: "I'm a trainer" }).click();
    // Trainer mode is protected before anyone else uses the shared laptop.
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam');
    await page.getByLabel('Trainer PIN or passphrase', { exact: true }).fill('12');
    await page.getByLabel('Type it again', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Protect trainer mode' }).click();
    await expect(page.getByText('Use 6 or more digits, or a passphrase of 10 or more characters.')).toBeVisible();
    await page.getByLabel('Trainer PIN or passphrase', { exact: true }).fill('246810');
    await page.getByLabel('Type it again', { exact: true }).fill('246810');
    await page.getByRole('button', { name: 'Protect trainer mode' }).click();
    await page.getByRole('textbox', { name: 'Cohort name' }).fill('Residential December');
    await page.getByRole('textbox', { name: 'Organisation' }).fill('Harbour Voices');
    await page.getByRole('textbox', { name: 'Hashtag' }).fill('#WeBuildHome');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await expect(page.getByRole('link', { name: 'Trainer' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('Residential December').first()).toBeVisible();
    await expect(page.getByRole('banner').getByText('Trainer mode: Sam')).toBeVisible();
  });

  test('sample data loads three ambassadors; the switcher names others publicly and changes who is practising', async ({
    page,
    studio,
  }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    const switcher = page.getByRole('combobox', { name: 'Current ambassador' });
    await expect(switcher).toBeVisible();
    // Others are listed by their public name only: Wei Zhang chose the pseudonym Lin.
    await expect(switcher.locator('option')).toHaveText(['Amira Haddad', 'Olena', 'Lin', 'New ambassador…']);
    await switcher.selectOption({ label: 'Olena' });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Olena');
    await page.getByRole('link', { name: 'Profile' }).click();
    await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveValue('Olena Kovalenko');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Current ambassador' })).toHaveValue(/.+/);
    await expect(page.getByRole('combobox', { name: 'Current ambassador' }).locator('option:checked')).toHaveText(
      'Olena Kovalenko',
    );
  });
});
