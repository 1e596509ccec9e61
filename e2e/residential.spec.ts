import type { Page } from '@playwright/test';
import { unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

/**
 * Issue 13's acceptance journey on the sample cohort: the trainer opens the overview, filters the review queue,
 * runs a 10-minute agenda block on the projector with a hot-seat interview of three questions on the stage view
 * (page clock), and the ambassador reads the trainer's comment on her answer.
 */

const COMMENTS = ['Strong opening line.', 'Acknowledge, then bridge.', 'Land the umbrella message.'];

async function trainerTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Trainer' }).click();
  await page.getByRole('tab', { name }).click();
}

async function answerAndRate(page: Page, n: number, score: string): Promise<void> {
  await page.locator('#hot-seat-prompt').click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'End answer' })).toBeVisible();
  await page.clock.runFor(6_000);
  await page.locator('#hot-seat-prompt').click();
  await page.keyboard.press('n');
  const form = page.getByRole('form', { name: `Your rating of answer ${n}` });
  await form.getByRole('radio', { name: score }).check();
  await form.getByRole('textbox', { name: /Comment for Amira/ }).fill(COMMENTS[n - 1]!);
  await form.getByRole('button', { name: 'Save rating' }).click();
  await expect(form.getByText(/Saved: \d of 5/)).toBeVisible();
}

test('a trainer runs the residential from the overview to a hot seat; the ambassador reads the comment', async ({
  page,
  context,
  studio,
}) => {
  test.setTimeout(180_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
  await unlockTrainerMode(page);

  await test.step('the overview shows each ambassador and what blocks a sheet', async () => {
    await trainerTab(page, 'Overview');
    const main = page.getByRole('main');
    await expect(main.getByRole('table')).toContainText('Amira Haddad');
    await expect(main.getByRole('table')).toContainText('Olena has no primary Message House yet.');
  });

  await test.step('the review queue, filtered to one ambassador', async () => {
    await trainerTab(page, 'Review queue');
    const main = page.getByRole('main');
    await main.getByRole('combobox', { name: 'Ambassador', exact: true }).click();
    await page.getByRole('listbox', { name: 'Ambassador' }).getByRole('option', { name: 'Olena Kovalenko' }).click();
    const items = main.getByTestId('review-quote');
    await expect(items.first()).toContainText('Olena');
    await expect(items.filter({ hasNotText: 'Olena' })).toHaveCount(0);
  });

  await test.step('a 10-minute agenda block starts on the projector', async () => {
    await trainerTab(page, 'Agenda');
    await page.getByRole('button', { name: 'Add block' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add block' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Hot seat: three questions');
    await dialog.getByLabel('Start time').fill('16:45');
    await dialog.getByRole('textbox', { name: 'Minutes' }).fill('10');
    await dialog.getByRole('button', { name: 'Add block' }).click();
    await expect(dialog).toBeHidden();
    const [projector] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projector view' }).click(),
    ]);
    await page.getByRole('button', { name: 'Start “Hot seat: three questions” now' }).click();
    await expect(projector.getByRole('heading', { name: 'Hot seat: three questions' })).toBeVisible();
    await expect(projector.getByRole('timer')).toContainText(/10:00|9:5\d/);
  });

  await test.step('a hot seat of three questions on the stage view, rated and commented', async () => {
    await trainerTab(page, 'Hot seat');
    await page.getByRole('combobox', { name: 'Ambassador in the hot seat' }).selectOption({ label: 'Amira Haddad' });
    const bank = page.getByRole('combobox', { name: 'Add questions from the bank' });
    await bank.click();
    await bank.fill('(Your work)');
    const options = page.locator('[role="listbox"]:visible [role="option"]');
    for (let i = 0; i < 3; i += 1) await options.nth(i).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Add to the deck' }).click();
    await expect(page.getByRole('list', { name: 'Questions in the deck' }).getByRole('listitem')).toHaveCount(3);
    // The page clock runs the laptop and the stage from here (the bank's dropdown animates with the real one).
    await page.clock.install();
    await page.getByRole('button', { name: 'Start the hot seat' }).click();
    await page.getByRole('switch', { name: 'Record answers' }).uncheck();
    const [stage] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Open stage view' }).click(),
    ]);
    for (const [n, score] of [
      [1, '4: Strong'],
      [2, '2: Needs work'],
      [3, '5: Ready for the press'],
    ] as const) {
      await expect(stage.getByTestId('stage-position')).toHaveText(`Question ${n} of 3`);
      await answerAndRate(page, n, score);
      if (n < 3) await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.getByRole('button', { name: 'Finish the interview' }).click();
    await expect(page.getByText('Interview finished: 3 answers recorded, 3 rated.')).toBeVisible();
  });

  await test.step('Amira, in her own window, reads the trainer’s comment on her answer', async () => {
    const amira = await context.newPage();
    await amira.goto(studio.url);
    await amira.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Interview practice' }).click();
    await amira.getByRole('tab', { name: 'History and progress' }).click();
    const history = amira.getByTestId('session-history');
    await history
      .getByRole('button', { name: /Open report/ })
      .first()
      .click();
    await expect(amira.getByTestId('trainer-feedback')).toHaveCount(3);
    await expect(amira.getByText(COMMENTS[1]!)).toBeVisible();
    await expectNoSeriousA11yViolations(amira, 'report with the trainer’s comments');
  });
});
