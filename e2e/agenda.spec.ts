import type { Page } from '@playwright/test';
import { unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

/** The Trainer screen's agenda tab on the sample cohort. */
async function openAgenda(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Trainer' }).click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
}

test('agenda: the sample cohort gets the two-day template; a trainer adds a 10-minute block and runs it on the projector', async ({
  page,
  context,
  studio,
}) => {
  test.setTimeout(120_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();

  // An ambassador sees the plan, without the facilitator notes.
  await openAgenda(page);
  await expect(page.getByText('Welcome and safeguarding').first()).toBeVisible();
  await expect(page.getByText(/Name the wellbeing contact/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'agenda (ambassador)');

  await unlockTrainerMode(page);
  await openAgenda(page);
  await expect(page.getByText(/Name the wellbeing contact/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Add block' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add block' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Hot seat: three questions');
  await dialog.getByLabel('Start time').fill('16:45');
  await dialog.getByRole('textbox', { name: 'Minutes' }).fill('10');
  await dialog.getByRole('textbox', { name: 'Facilitator notes' }).fill('Agree a pause word first.');
  await dialog.getByRole('button', { name: 'Add block' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: 'Hot seat: three questions' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'agenda (trainer)');

  // One fake clock for the laptop and the projector window, driven by the test.
  await context.clock.install();
  const [stage] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open projector view' }).click(),
  ]);
  await page.getByRole('button', { name: 'Start “Hot seat: three questions” now' }).click();
  await expect(stage.getByRole('heading', { name: 'Hot seat: three questions' })).toBeVisible();
  await expect(stage.getByRole('timer')).toContainText('10:00');
  await expect(stage.getByText(/Agree a pause word/)).toHaveCount(0);
  await context.clock.runFor(4 * 60_000);
  await expect(stage.getByRole('timer')).toContainText('6:00');
  await context.clock.runFor(7 * 60_000);
  await expect(stage.getByTestId('agenda-stage-phase')).toHaveText('Over time');
  await expect(stage.getByRole('timer')).toContainText('+1:00');
  await expectNoSeriousA11yViolations(stage, 'agenda projector view');
});
