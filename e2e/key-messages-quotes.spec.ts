import type { Locator, Page } from '@playwright/test';
import { E2E_TRAINER } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

/**
 * The two writing exercises end to end, in browser mode: an ambassador builds a whole Message House, drafts
 * quotes with live checks, sends one for review; a trainer (behind a PIN) approves it from the review queue;
 * the approved text is locked; an edited new draft is restored from its history. Axe runs on every screen and
 * every step of the house (light theme, and once in dark).
 */

const HOUSE = {
  title: 'Local radio',
  audience: 'People who listen to local radio in the morning.',
  goal: 'They see us as neighbours and come to the open day.',
  umbrella: 'Everyone deserves a safe home and the chance to give back.',
  pillars: [
    'People who move here bring skills our town needs.',
    'When people can learn and take part, the whole town does better.',
    'Welcome is something we build together, street by street.',
  ],
  proofs: [
    { kind: 'Story', text: 'On my first day at the food bank an older volunteer taught me every shelf.' },
    { kind: 'Fact', text: 'Our choir has singers from 14 countries.', source: 'The choir register, 2025' },
    { kind: 'Example', text: 'Three families started a garden that now feeds 40 households.' },
  ],
  criticism: 'Won’t more people put pressure on local services?',
  response: 'What matters most is that people who moved here also keep those services going.',
  callToAction: 'Come to the welcome supper on 18 December and bring a neighbour.',
};

const SWARM_QUOTE = 'People arriving here are not a swarm; they are our new neighbours.';
const PRIVATE_QUOTE = 'I grew up in Kassala and now this town is home.';
const SAFE_QUOTE = 'I grew up far from here, and now this town is home.';
const EDITED_QUOTE = 'This town is my home now, and I want to give back.';

const main = (page: Page) => page.getByRole('main');
const saveStatus = (page: Page) => main(page).getByTestId('save-status').first();

async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved');
}

async function goTo(page: Page, screen: string) {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: screen })).toBeVisible();
}

async function step(page: Page, name: string): Promise<Locator> {
  await page.getByRole('button', { name: new RegExp(`^${name}, step`) }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^${name}, step`) })).toHaveAttribute(
    'aria-current',
    'step',
  );
  return main(page);
}

test('an ambassador builds a Message House and quotes; a trainer approves one; history restores a draft', async ({
  page,
  studio,
}) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(studio.url);

  await test.step('first run, with a private detail on the profile', async () => {
    await page.getByRole('button', { name: "I'm an ambassador" }).click();
    await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Amina');
    await page.getByRole('textbox', { name: 'Full name', exact: true }).fill('Amina Yusuf');
    await page.getByRole('radio', { name: 'First name only' }).check();
    await page.getByRole('button', { name: 'Create my profile' }).click();
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');

    await goTo(page, 'Settings');
    await page.getByRole('radio', { name: 'Light' }).check();

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Profile' }).click();
    await page.getByRole('button', { name: 'Add a private detail' }).click();
    await page.getByRole('textbox', { name: 'Private detail 1', exact: true }).fill('Kassala');
    await expect(page.getByRole('combobox', { name: 'Kind of private detail 1' })).toHaveValue('home_town');
    await expectSaved(page);
  });

  await test.step('Message House: every step, with axe on each', async () => {
    await goTo(page, 'Key messages');
    await expectNoSeriousA11yViolations(page, 'Key messages (no houses yet)');
    await page.getByRole('button', { name: 'New Message House' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Untitled Message House' })).toBeVisible();

    let m = await step(page, 'Audience and goal');
    await m.getByRole('textbox', { name: 'Name of this house', exact: true }).fill(HOUSE.title);
    await m.getByRole('textbox', { name: 'Audience', exact: true }).fill(HOUSE.audience);
    await m.getByRole('textbox', { name: 'Goal', exact: true }).fill(HOUSE.goal);
    await expect(page.getByRole('heading', { level: 2, name: HOUSE.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'house step 1: Audience and goal');

    await page.getByRole('button', { name: 'Next: Umbrella message' }).click();
    m = await step(page, 'Umbrella message');
    await m.getByRole('textbox', { name: 'Umbrella message', exact: true }).fill(HOUSE.umbrella);
    await expectNoSeriousA11yViolations(page, 'house step 2: Umbrella message');

    m = await step(page, 'Key messages');
    for (const [i, message] of HOUSE.pillars.entries()) {
      await m.getByRole('button', { name: 'Add a key message' }).click();
      await m.getByRole('textbox', { name: `Key message ${i + 1}`, exact: true }).fill(message);
    }
    await expect(m.getByRole('button', { name: 'Add a key message' })).toBeDisabled();
    await expectNoSeriousA11yViolations(page, 'house step 3: Key messages');

    m = await step(page, 'Proof points');
    for (const [i, proof] of HOUSE.proofs.entries()) {
      await m.getByRole('button', { name: `Add a proof point to key message ${i + 1}` }).click();
      const kinds = m.getByRole('radiogroup', { name: `Kind of proof point 1 for key message ${i + 1}` });
      await kinds.getByText(proof.kind, { exact: true }).click();
      await expect(kinds.getByRole('radio', { name: proof.kind })).toBeChecked();
      await m.getByRole('textbox', { name: `Proof point 1 for key message ${i + 1}`, exact: true }).fill(proof.text);
      if (proof.source)
        await m
          .getByRole('textbox', { name: `Source of proof point 1 for key message ${i + 1}`, exact: true })
          .fill(proof.source);
    }
    await expectNoSeriousA11yViolations(page, 'house step 4: Proof points');

    m = await step(page, 'Likely criticism and answer');
    await m.getByRole('textbox', { name: 'Likely criticism', exact: true }).fill(HOUSE.criticism);
    await m.getByRole('textbox', { name: 'Your answer', exact: true }).fill(HOUSE.response);
    await expectNoSeriousA11yViolations(page, 'house step 5: Likely criticism and answer');

    m = await step(page, 'Call to action');
    await m.getByRole('textbox', { name: 'Call to action', exact: true }).fill(HOUSE.callToAction);
    await expectNoSeriousA11yViolations(page, 'house step 6: Call to action');

    await step(page, 'Review');
    await expectSaved(page);
    await expectHousePicture(page);
    await expect(page.getByRole('heading', { name: 'Every part is filled in' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'house step 7: Review');

    // One check in the dark theme, on the busiest step.
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expectNoSeriousA11yViolations(page, 'house step 7: Review (dark)');
    await page.getByRole('button', { name: 'Use light theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  });

  await test.step('after a reload, the house is all there', async () => {
    await page.reload();
    await expect(main(page).getByRole('heading', { level: 1, name: 'Key messages' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: HOUSE.title })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Review, step/ })).toHaveAttribute('aria-current', 'step');
    await expectHousePicture(page);
    const m = await step(page, 'Audience and goal');
    await expect(m.getByRole('textbox', { name: 'Audience', exact: true })).toHaveValue(HOUSE.audience);
    await expect(m.getByRole('textbox', { name: 'Goal', exact: true })).toHaveValue(HOUSE.goal);
    await expect(m.getByTestId('house-card')).toContainText('Primary');

    // The Message Box template, for the other way of planning.
    await page.getByRole('button', { name: 'New Message Box' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Untitled Message Box' })).toBeVisible();
    await main(page)
      .getByRole('textbox', { name: 'Issue', exact: true })
      .fill('Learning English when you first arrive.');
    await expectSaved(page);
    await expectNoSeriousA11yViolations(page, 'Message Box');
    await page.getByRole('button', { name: `Open ${HOUSE.title}` }).click();
  });

  await test.step('a quote with “swarm” gets a language note with better words', async () => {
    await goTo(page, 'Press quotes');
    await expectNoSeriousA11yViolations(page, 'Press quotes (no quotes yet)');
    await page.getByRole('button', { name: 'New quote' }).click();
    const quote = main(page).getByRole('textbox', { name: 'Quote', exact: true });
    await quote.fill(SWARM_QUOTE);
    const notes = main(page).getByRole('list', { name: 'Notes on Quote' });
    const swarm = notes.getByRole('listitem').filter({ hasText: '“swarm”' });
    await expect(swarm).toBeVisible();
    await expect(swarm).toContainText(
      'Suggestion: Describe people and numbers plainly. For example: “people”, “people arriving”',
    );
    await expect(main(page).getByTestId('quote-text-stats')).toContainText('12 words · 1 sentence');
    await main(page)
      .getByRole('combobox', { name: 'Message house' })
      .selectOption({ label: `${HOUSE.title} (primary)` });
    await main(page).getByRole('combobox', { name: 'Key message' }).selectOption({ index: 3 });
    await expectSaved(page);
    await expectNoSeriousA11yViolations(page, 'Press quotes: quote with a language note');
  });

  await test.step('a quote with a private detail gets the safeguarding warning; fixed, it goes for review', async () => {
    await page.getByRole('button', { name: 'New quote' }).click();
    await expect(main(page).getByRole('heading', { level: 2, name: 'Quote', exact: true })).toBeFocused();
    const quote = main(page).getByRole('textbox', { name: 'Quote', exact: true });
    await quote.fill(PRIVATE_QUOTE);
    const alert = main(page).getByTestId('safeguarding-alert');
    await expect(alert).toContainText('This could reveal something you keep private');
    await expect(alert).toContainText('Quote: This mentions your home town, which you asked to keep private.');
    await expect(main(page).getByRole('list', { name: 'Notes on Quote' })).toContainText('home town');
    await expectNoSeriousA11yViolations(page, 'Press quotes: safeguarding warning');

    await quote.fill(SAFE_QUOTE);
    await expect(alert).toBeHidden();
    await main(page)
      .getByRole('textbox', { name: 'Where this quote may be used', exact: true })
      .fill('Harbour Voices press release for 18 December.');
    await expectSaved(page);
    await main(page).getByRole('button', { name: 'Send for review' }).click();
    await expect(main(page).getByTestId('quote-status')).toContainText('In review');
    await expect(quote).not.toBeEditable();
  });

  await test.step('the trainer sets up trainer mode; then it needs their secret, and a wrong one is refused', async () => {
    await page.getByRole('button', { name: 'Switch to trainer mode' }).click();
    const setup = page.getByRole('dialog', { name: 'Set up trainer mode' });
    await setup.getByRole('textbox', { name: 'Your name' }).fill('Sam');
    await setup.getByLabel('Trainer PIN or passphrase', { exact: true }).fill(E2E_TRAINER.secret);
    await setup.getByLabel('Type it again', { exact: true }).fill(E2E_TRAINER.secret);
    await expectNoSeriousA11yViolations(page, 'Set up trainer mode');
    await setup.getByRole('button', { name: 'Set up and unlock' }).click();
    await expect(page.getByRole('banner').getByText('Trainer mode: Sam')).toBeVisible();
    await goTo(page, 'Settings');
    await expect(main(page).getByText(/You are\s+Sam\s+in this window/u)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Settings in trainer mode');

    await page.getByRole('button', { name: 'Switch to ambassador mode' }).click();
    await expect(page.getByRole('banner').getByText('Ambassador mode', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Switch to trainer mode' }).click();
    const unlock = page.getByRole('dialog', { name: 'Unlock trainer mode' });
    await unlock.getByLabel('Trainer PIN or passphrase', { exact: true }).fill('111111');
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(unlock).toContainText('That PIN or passphrase is not right. Trainer mode stays locked.');
    await expectNoSeriousA11yViolations(page, 'Unlock dialog with an error');
    await unlock.getByLabel('Trainer PIN or passphrase', { exact: true }).fill(E2E_TRAINER.secret);
    await unlock.getByRole('button', { name: 'Unlock' }).click();
    await expect(unlock).toBeHidden();
    await expect(page.getByRole('banner').getByText('Trainer mode: Sam')).toBeVisible();
  });

  await test.step('in trainer mode the quote is approved from the review queue', async () => {
    await goTo(page, 'Trainer');
    await main(page).getByRole('tab', { name: 'Review queue' }).click();
    const item = main(page).getByTestId('review-quote').filter({ hasText: SAFE_QUOTE });
    await expect(item).toContainText('Amina Yusuf');
    await expectNoSeriousA11yViolations(page, 'Trainer: review queue');
    await item.getByRole('button', { name: 'Approve quote by Amina Yusuf' }).click();
    await expect(main(page).getByTestId('review-quote')).toHaveCount(0);
    await expect(main(page).getByText('No quotes are waiting.')).toBeVisible();
    await page.getByRole('button', { name: 'Switch to ambassador mode' }).click();
  });

  await test.step('the approved text cannot be edited in place; it is edited as a new draft', async () => {
    await goTo(page, 'Press quotes');
    await main(page)
      .getByRole('button', { name: /^Open quote: I grew up far from here/ })
      .click();
    await expect(main(page).getByTestId('approval')).toContainText('Approved by Sam on');
    const quote = main(page).getByRole('textbox', { name: 'Quote', exact: true });
    await expect(quote).toHaveValue(SAFE_QUOTE);
    await expect(quote).not.toBeEditable();
    await expect(main(page).getByRole('button', { name: 'Send for review' })).toHaveCount(0);
    // Consent stays the ambassador's to change.
    await expect(main(page).getByRole('switch', { name: 'Consent withdrawn' })).toBeEnabled();
    await expectNoSeriousA11yViolations(page, 'Press quotes: approved quote');

    await main(page).getByRole('button', { name: 'Edit as new draft' }).click();
    await expect(main(page).getByRole('heading', { level: 2, name: 'New draft of an approved quote' })).toBeVisible();
    await expect(quote).toBeEditable();
    await quote.fill(EDITED_QUOTE);
    await expectSaved(page);

    await main(page).getByRole('button', { name: 'Compare versions' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare versions' });
    await expect(compare.getByRole('region', { name: 'Quote', exact: true }).getByTestId('compare-left')).toHaveText(
      SAFE_QUOTE,
    );
    await expect(compare.getByRole('region', { name: 'Quote', exact: true }).getByTestId('compare-right')).toHaveText(
      EDITED_QUOTE,
    );
    await expect(compare.locator('ins').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Compare versions');
    await compare.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('history restores an earlier version of the draft', async () => {
    await main(page).getByRole('button', { name: 'History' }).click();
    const drawer = page.getByRole('dialog', { name: 'History' });
    await drawer
      .getByRole('button', { name: /Before later edits/ })
      .first()
      .click();
    await expect(drawer.getByTestId('history-preview')).toContainText(`Quote: ${SAFE_QUOTE}`);
    await expectNoSeriousA11yViolations(page, 'History drawer');
    await drawer.getByRole('button', { name: 'Restore this version' }).click();
    await expect(drawer).toBeHidden();
    await expect(main(page).getByRole('textbox', { name: 'Quote', exact: true })).toHaveValue(SAFE_QUOTE);
    await page.reload();
    await expect(main(page).getByRole('textbox', { name: 'Quote', exact: true })).toHaveValue(SAFE_QUOTE);
  });

  await test.step('Ctrl+K finds the “swarm” quote and opens it', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Search and go' });
    await expect(palette.getByRole('combobox', { name: 'Search' })).toBeFocused();
    await page.keyboard.type('swarm');
    const option = palette.getByRole('option').filter({ hasText: 'Quote · Amina Yusuf' });
    await expect(option).toBeVisible();
    await expect(option.locator('mark')).toHaveText('swarm');
    await expectNoSeriousA11yViolations(page, 'Search palette');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(main(page).getByRole('heading', { level: 1, name: 'Press quotes' })).toBeVisible();
    await expect(main(page).getByRole('textbox', { name: 'Quote', exact: true })).toHaveValue(SWARM_QUOTE);
  });
});

async function expectHousePicture(page: Page) {
  const picture = page.getByRole('img', { name: /Drawing of your Message House.*3 pillars/ });
  await expect(picture).toBeVisible();
  await expect(picture).toContainText(HOUSE.umbrella);
  for (const [i, message] of HOUSE.pillars.entries()) {
    const pillar = picture.getByTestId(`house-pillar-${i + 1}`);
    await expect(pillar).toContainText(message);
    await expect(pillar).toContainText(`${HOUSE.proofs[i]?.kind}: ${HOUSE.proofs[i]?.text}`);
  }
  await expect(picture.getByTestId('house-pillar-2')).toContainText('(source: The choir register, 2025)');
  await expect(picture).toContainText(`Call to action: ${HOUSE.callToAction}`);
  await expect(picture).toContainText(HOUSE.criticism);
  await expect(picture).toContainText(HOUSE.response);
}
