import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

/**
 * Nothing is erased by accident: a deleted draft can be brought back at once with "Undo", and later from the
 * Trash (Settings → Open the Trash); "Delete for good" asks first and then it is gone.
 */

const QUOTE = 'Nurses like me keep the night shift going.';
const main = (page: Page) => page.getByRole('main');
// The list shows the start of a quote.
const OPEN = /^Open quote: Nurses like me/;

async function goTo(page: Page, screen: string) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: screen })).toBeVisible();
}

async function deleteDraft(page: Page) {
  await main(page).getByRole('button', { name: OPEN }).click();
  await main(page).getByRole('button', { name: 'Delete draft' }).click();
  await page.getByRole('dialog', { name: 'Delete this draft?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(main(page).getByRole('button', { name: OPEN })).toHaveCount(0);
}

test('a deleted draft comes back with Undo, and from the Trash', async ({ page, studio }) => {
  test.setTimeout(120_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: "I'm an ambassador" }).click();
  await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Wei');
  await page.getByRole('textbox', { name: 'Full name', exact: true }).fill('Wei Zhang');
  await page.getByRole('button', { name: 'Create my profile' }).click();

  await goTo(page, 'Press quotes');
  await page.getByRole('button', { name: 'New quote' }).click();
  await main(page).getByRole('textbox', { name: 'Quote', exact: true }).fill(QUOTE);
  await expect(main(page).getByTestId('save-status').first()).toHaveAttribute('data-status', 'saved');

  await test.step('Undo, right after deleting', async () => {
    await deleteDraft(page);
    const note = page.getByRole('alert').filter({ hasText: 'Moved to the Trash' });
    await expect(note).toContainText('The draft stays in the Trash for 30 days.');
    await note.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('The draft is back.')).toBeVisible();
    await expect(main(page).getByRole('button', { name: OPEN })).toBeVisible();
  });

  await test.step('put back from the Trash', async () => {
    await deleteDraft(page);
    await goTo(page, 'Settings');
    await main(page).getByRole('button', { name: 'Open the Trash' }).click();
    await expect(main(page).getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
    const table = main(page).getByRole('table', { name: 'Deleted items' });
    await expect(table).toContainText(QUOTE);
    await expect(table).toContainText('by Wei Zhang');
    await expectNoSeriousA11yViolations(page, 'Trash');
    await table.getByRole('button', { name: `Put back Press quote: ${QUOTE}` }).click();
    await expect(main(page).getByRole('heading', { name: 'The Trash is empty' })).toBeVisible();
    await goTo(page, 'Press quotes');
    await expect(main(page).getByRole('button', { name: OPEN })).toBeVisible();
  });

  await test.step('delete for good, after a question', async () => {
    await deleteDraft(page);
    await goTo(page, 'Settings');
    await main(page).getByRole('button', { name: 'Open the Trash' }).click();
    await main(page)
      .getByRole('button', { name: `Delete for good Press quote: ${QUOTE}` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete for good?' });
    await expect(dialog).toContainText('This cannot be undone.');
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await expect(main(page).getByRole('heading', { name: 'The Trash is empty' })).toBeVisible();
  });
});
