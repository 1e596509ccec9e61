import type { Page } from '@playwright/test';
import { unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

const COMMENTS = ['Strong opening line.', 'Stay calm: acknowledge, then bridge.', 'Land the umbrella message.'];

/** The Trainer screen on the sample cohort, at the hot seat (a tab of its own once the Trainer screen has tabs). */
async function openHotSeat(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Trainer' }).click();
  const tab = page.getByRole('tab', { name: 'Hot seat' });
  if (await tab.isVisible()) await tab.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hot seat' })).toBeVisible();
}

/** One answer: Space starts the clock, N ends the answer; then the trainer's rating and comment. */
async function answerAndRate(page: Page, label: string, score: string, comment: string): Promise<void> {
  await page.locator('#hot-seat-prompt').click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'End answer' })).toBeVisible();
  await page.clock.runFor(4_000);
  await page.locator('#hot-seat-prompt').click();
  await page.keyboard.press('n');
  const form = page.getByRole('form', { name: `Your rating of ${label}` });
  await form.getByRole('radio', { name: score }).check();
  await form.getByRole('textbox', { name: /Comment for Amira/ }).fill(comment);
  await form.getByRole('button', { name: 'Save rating' }).click();
  await expect(form.getByText(/Saved: \d of 5/)).toBeVisible();
}

test('hot seat: the trainer runs three questions on the stage view, rates them, and Amira reads the comments', async ({
  page,
  context,
  studio,
}) => {
  test.setTimeout(120_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
  await unlockTrainerMode(page);
  await openHotSeat(page);

  await page.getByRole('combobox', { name: 'Ambassador in the hot seat' }).selectOption({ label: 'Amira Haddad' });
  await page.getByRole('combobox', { name: 'Interview type' }).selectOption({ label: 'Live radio' });
  const bank = page.getByRole('combobox', { name: 'Add questions from the bank' });
  await bank.click();
  await bank.fill('Hostile:');
  // The bank's own options (the native selects above have options too).
  const options = page.locator('[role="listbox"] [role="option"]');
  await options.first().click();
  await bank.fill('(Your work)');
  for (let i = 0; i < 2; i += 1) await options.nth(i).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add to the deck' }).click();
  const deck = page.getByRole('list', { name: 'Questions in the deck' });
  await expect(deck.getByRole('listitem')).toHaveCount(3);
  await expect(deck.getByRole('listitem').first().getByText('Hostile')).toBeVisible();
  await page.getByRole('textbox', { name: 'Seconds for question 1' }).fill('20');
  await expectNoSeriousA11yViolations(page, 'hot seat setup');
  // From here one fake clock runs the laptop and the stage window, driven by the test (installed only now: the
  // bank's dropdown animates with the real one).
  await page.clock.install();
  await page.getByRole('button', { name: 'Start the hot seat' }).click();
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
  // The fake microphone's beeps would be analysed in a worker that the fake clock never lets finish: time only.
  await page.getByRole('switch', { name: 'Record answers' }).uncheck();

  const [stage] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open stage view' }).click(),
  ]);
  const first = (await page.locator('#hot-seat-prompt').textContent())?.trim() ?? '';
  await expect(stage.getByRole('heading', { level: 1, name: first })).toBeVisible();
  await expect(stage.getByRole('timer')).toHaveText(/0:20$/);
  await expect(stage.getByTestId('stage-help')).toContainText('Space pause or resume');
  // Hostile is the trainer's mark only.
  await expect(page.getByText('Hostile', { exact: true })).toBeVisible();
  await expect(stage.locator('body')).not.toContainText('Hostile');
  await expectNoSeriousA11yViolations(stage, 'stage view, hot seat');

  // The per-question time drives the stage phases: 60 % of 20 seconds is 12.
  await page.locator('#hot-seat-prompt').click();
  await page.keyboard.press('Space');
  await page.clock.runFor(12_500);
  await expect(stage.getByTestId('stage')).toHaveAttribute('data-phase', 'warning');
  // Space at the stage window pauses the laptop's clock, and again resumes it.
  await stage.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(stage.getByTestId('stage-phase')).toHaveText('Paused');
  const frozen = await stage.getByRole('timer').textContent();
  await page.clock.runFor(5_000);
  await expect(stage.getByRole('timer')).toHaveText(frozen ?? '');
  await stage.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.locator('#hot-seat-prompt').click();
  await page.keyboard.press('n');
  const firstForm = page.getByRole('form', { name: 'Your rating of answer 1' });
  await firstForm.getByRole('radio', { name: '4: Strong' }).check();
  await firstForm.getByRole('textbox', { name: /Comment for Amira/ }).fill(COMMENTS[0]!);
  await firstForm.getByRole('button', { name: 'Save rating' }).click();
  await expect(firstForm.getByText('Saved: 4 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();

  // Question 2, then a follow-up typed on the spot.
  await expect(stage.getByTestId('stage-position')).toHaveText('Question 2 of 3');
  await answerAndRate(page, 'answer 2', '2: Needs work', COMMENTS[1]!);
  await page.getByRole('textbox', { name: 'Follow-up question' }).fill('And who pays for it?');
  await page.getByRole('button', { name: 'Ask the follow-up' }).click();
  await expect(stage.getByTestId('stage-position')).toHaveText('Follow-up to question 2 of 3');
  await expect(stage.getByRole('heading', { level: 1, name: 'And who pays for it?' })).toBeVisible();
  await answerAndRate(page, 'the follow-up to question 2', '3: Getting there', 'Good recovery.');
  await page.getByRole('button', { name: 'Next question' }).click();

  await expect(stage.getByTestId('stage-position')).toHaveText('Question 3 of 3');
  await answerAndRate(page, 'answer 3', '5: Ready for the press', COMMENTS[2]!);
  await page.getByRole('button', { name: 'Finish the interview' }).click();
  await expect(page.getByText('Interview finished: 4 answers recorded, 4 rated.')).toBeVisible();
  await expect(stage.getByText('Waiting for the next question…')).toBeVisible();

  // Amira, in a window of her own (not in trainer mode), reads Sam's comments in her history.
  const amira = await context.newPage();
  await amira.goto(studio.url);
  await amira.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Interview practice' }).click();
  await amira.getByRole('tab', { name: 'History and progress' }).click();
  const history = amira.getByTestId('session-history');
  await expect(history.getByText('Hot seat with Sam: Live radio')).toBeVisible();
  await history
    .getByRole('button', { name: /Open report/ })
    .first()
    .click();
  await expect(amira.getByTestId('trainer-feedback')).toHaveCount(4);
  await expect(amira.getByTestId('trainer-feedback').nth(1)).toContainText('Sam rated this answer 2 of 5: Needs work');
  await expect(amira.getByText(COMMENTS[1]!)).toBeVisible();
  await expect(amira.getByText('Follow-up: And who pays for it?')).toBeVisible();
  await expectNoSeriousA11yViolations(amira, 'report with trainer feedback');
});
