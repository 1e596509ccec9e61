import type { Page } from '@playwright/test';
import { callAs, SCRIPT_CLIENT, scriptAsTrainer, unlockTrainerMode } from './support/access';
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
const AMIRA_DRAFT = 'Nightshift quokka drafts stay private';
const AMIRA_NOTES = 'Remember to breathe before the umbrella';
const AMIRA_PIN = '731946';
const AMIRA_DECLINED = 'Her cousin’s court case';
/** What Olena's window must never show: Amira's private details, drafts and notes, and Wei's name behind "Lin". */
const NEVER_SHOWN = ['Northgate Imaging', 'Tartus', AMIRA_DRAFT, AMIRA_NOTES, 'Wei Zhang', 'Zhang', AMIRA_DECLINED];

async function go(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name }).click();
  await expect(page.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
}

async function expectNothingOfAmira(page: Page, where: string): Promise<void> {
  for (const secret of NEVER_SHOWN) {
    await expect(page.locator('body'), `${where} shows “${secret}”`).not.toContainText(secret);
  }
}

test('a shared laptop: Olena cannot see Amira’s private work anywhere; the press contact is read-only; trainer mode relocks after idle', async ({
  page,
  studio,
}) => {
  test.setTimeout(180_000);
  // The night before: the sample cohort, a trainer, and Amira's private work behind her own PIN.
  const sample = await callAs(studio, SCRIPT_CLIENT, 'sample:load', {});
  const [amira] = sample.ambassadorIds;
  await scriptAsTrainer(studio);
  await callAs(studio, SCRIPT_CLIENT, 'cohort:update', {
    id: sample.cohortId,
    patch: { pressContact: { name: 'Press desk', email: 'press@harbour.example', phone: '' } },
  });
  await callAs(studio, SCRIPT_CLIENT, 'access:enter', { ambassadorId: amira });
  await callAs(studio, SCRIPT_CLIENT, 'ambassador:update', {
    id: amira,
    patch: { topicsDeclined: ['Religion', AMIRA_DECLINED] },
  });
  await callAs(studio, SCRIPT_CLIENT, 'quote:create', { ambassadorId: amira, fields: { text: AMIRA_DRAFT } });
  const session = await callAs(studio, SCRIPT_CLIENT, 'rehearsal:start', {
    ambassadorId: amira,
    interviewType: 'live-radio',
    mode: 'random',
    count: 1,
    categories: [],
  });
  await callAs(studio, SCRIPT_CLIENT, 'rehearsal:saveTake', {
    sessionId: session.id,
    questionId: session.questionIds[0],
    position: 0,
    durationMs: 12_000,
    recording: { mime: 'audio/webm', bytes: new Uint8Array([26, 69, 223, 163, 1, 2, 3, 4]) },
    notes: AMIRA_NOTES,
  });
  await callAs(studio, SCRIPT_CLIENT, 'access:setWorkspacePin', { pin: AMIRA_PIN });

  // The page clock drives the idle lock (set up before the app loads).
  await page.clock.install();
  await page.goto(studio.url);
  const switcher = page.getByRole('combobox', { name: 'Current ambassador' });
  await expect(switcher.locator('option')).toHaveText([
    'Choose who you are',
    'Amira Haddad (PIN)',
    'Olena',
    'Lin',
    'New ambassador…',
  ]);

  await test.step('opening Amira’s workspace needs her PIN; Olena opens her own', async () => {
    await switcher.selectOption({ label: 'Amira Haddad (PIN)' });
    const dialog = page.getByRole('dialog', { name: 'Open Amira Haddad’s workspace' });
    await dialog.getByLabel('Workspace PIN', { exact: true }).fill('000000');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect(dialog).toContainText('That PIN is not right.');
    await expectNoSeriousA11yViolations(page, 'workspace PIN dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await switcher.selectOption({ label: 'Olena' });
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText('Olena');
  });

  await test.step('no screen shows Amira’s private details, drafts, notes or recordings, or Wei’s name', async () => {
    for (const name of SCREENS) {
      await go(page, name);
      await expectNothingOfAmira(page, name);
    }
    await go(page, 'Interview practice');
    await expect(page.locator('audio')).toHaveCount(0);
  });

  await test.step('Ctrl+K finds only Olena’s own work', async () => {
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog').getByRole('combobox', { name: 'Search' });
    for (const words of ['quokka', 'Nightshift', 'Tartus']) {
      await search.fill(words);
      await expect(page.getByRole('dialog').getByRole('status')).toHaveText('0 matches in your work');
      await expect(page.getByRole('dialog').getByRole('option')).toHaveCount(0);
      await expectNothingOfAmira(page, `search for ${words}`);
    }
    await page.keyboard.press('Escape');
  });

  await test.step('in ambassador mode the press contact is shown read-only, with the reason', async () => {
    await go(page, 'Trainer');
    await page.getByRole('tab', { name: 'Cohorts' }).click();
    const email = page.getByRole('textbox', { name: 'Press contact email' });
    await expect(email).toHaveValue('press@harbour.example');
    await expect(email).toHaveAttribute('readonly', '');
    await expect(page.getByText(/Only a trainer can change the cohort’s details/u)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'Trainer screen in ambassador mode');
  });

  await test.step('trainer mode unlocks in this window, then locks itself after 10 idle minutes', async () => {
    await unlockTrainerMode(page);
    await expect(page.getByRole('textbox', { name: 'Press contact email' })).not.toHaveAttribute('readonly', '');
    await page.clock.fastForward('09:00');
    await expect(page.getByRole('banner').getByText('Trainer mode: Sam')).toBeVisible();
    await page.clock.fastForward('02:00');
    await expect(page.getByRole('banner').getByText('Ambassador mode', { exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Press contact email' })).toHaveAttribute('readonly', '');
  });
});
