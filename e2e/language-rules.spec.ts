import { unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

test('a trainer adds a cohort language rule and the ambassador sees it while drafting', async ({ page, studio }) => {
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  await unlockTrainerMode(page);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Trainer' }).click();
  await page.getByRole('tab', { name: 'Cohorts' }).click();
  const rules = page.getByRole('region', { name: 'Cohort language rules' });
  await expect(rules.getByText('No cohort rules yet.')).toBeVisible();
  await rules.getByRole('combobox', { name: 'Words to flag' }).fill('scrounger');
  await rules.getByRole('combobox', { name: 'Words to flag' }).press('Enter');
  await rules.getByRole('textbox', { name: 'Why it matters' }).fill('It blames people for needing help.');
  await rules.getByRole('combobox', { name: 'Better words' }).fill('person');
  await rules.getByRole('combobox', { name: 'Better words' }).press('Enter');
  await rules.getByRole('textbox', { name: 'Source' }).fill('Our cohort agreement, day one');
  await rules.getByRole('button', { name: 'Add rule' }).click();
  await expect(rules.getByRole('listitem').filter({ hasText: 'scrounger' })).toContainText(
    'It blames people for needing help.',
  );
  await expectNoSeriousA11yViolations(page, 'Trainer screen with a cohort language rule');

  await page.getByRole('button', { name: 'Switch to ambassador mode' }).click();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Press quotes' }).click();
  await page.getByRole('button', { name: 'New quote' }).click();
  await page
    .getByRole('main')
    .getByRole('textbox', { name: 'Quote', exact: true })
    .fill('Nobody here is a scrounger; we all pitch in.');
  const note = page
    .getByRole('main')
    .getByRole('list', { name: 'Notes on Quote' })
    .getByRole('listitem')
    .filter({ hasText: 'scrounger' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('It blames people for needing help.');
  await expect(note).toContainText('person');
});
