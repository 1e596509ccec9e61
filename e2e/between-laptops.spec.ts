import type { Page } from '@playwright/test';
import { callAs, SCRIPT_CLIENT, scriptAsTrainer, unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { downloadTo, openLaptop, screenshotBothThemes, screenshotNow, usbStick, type Laptop } from './support/laptops';

/**
 * Acceptance for "between laptops": the residential's shared laptop (A) where three ambassadors write, and the
 * trainer's own laptop (B) where Sam reviews. Everything that travels goes through the screens: downloaded on
 * one laptop, chosen in the file input of the other. Setup that is not under test (people, houses, drafts) is
 * made through the API.
 */

const PASSPHRASE = 'harbour lights at dawn';
const COHORT = 'Winter residential';
const PEOPLE = [
  {
    key: 'amira',
    publicName: 'Amira Haddad',
    fields: { fullName: 'Amira Haddad', firstName: 'Amira', nameMode: 'full' },
    house: 'Local radio',
    quotes: [
      'I found friends here by helping at the food bank every Saturday.',
      'Learning English opened doors for me and for my children.',
      'Our town grows stronger when everyone can take part.',
    ],
  },
  {
    key: 'olena',
    publicName: 'Olena',
    fields: { fullName: 'Olena Kovalenko', firstName: 'Olena', nameMode: 'first' },
    house: 'Community paper',
    quotes: ['Music helped me feel at home in a new place.'],
  },
  {
    key: 'lin',
    publicName: 'Lin',
    fields: { fullName: 'Wei Zhang', firstName: 'Wei', pseudonym: 'Lin', nameMode: 'pseudonym' },
    house: 'School assembly',
    quotes: ['I teach coding to teenagers because someone once taught me.'],
  },
] as const;
const [APPROVED_1, APPROVED_2, SENT_BACK] = PEOPLE[0].quotes;
const EDITED = 'Our town grows stronger when every neighbour can take part in its life.';
const COMMENT = 'Lovely. Could you make it about people rather than “everyone”?';

const main = (page: Page) => page.getByRole('main');

async function go(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
}

/** The residential laptop as the trainer left it the night before: a cohort, three people, a house and drafts each. */
async function setUpResidentialLaptop(laptop: Laptop): Promise<Record<string, string>> {
  const studio = laptop.server;
  await scriptAsTrainer(studio);
  await callAs(studio, SCRIPT_CLIENT, 'access:setLaptopKind', { kind: 'shared' });
  const cohort = await callAs(studio, SCRIPT_CLIENT, 'cohort:create', {
    fields: {
      name: COHORT,
      organisation: 'Harbour Voices',
      campaign: 'Home Is Where We Build It',
      hashtag: '#WeBuildHome',
      mediaDate: '2026-12-18',
      pressContact: { name: 'Press desk', email: 'press@harbour.example', phone: '' },
    },
  });
  const ids: Record<string, string> = {};
  for (const person of PEOPLE) {
    const ambassador = await callAs(studio, SCRIPT_CLIENT, 'ambassador:create', {
      fields: { ...person.fields, cohortId: cohort.id },
    });
    ids[person.key] = ambassador.id;
    await callAs(studio, SCRIPT_CLIENT, 'house:create', {
      ambassadorId: ambassador.id,
      fields: { title: person.house, umbrella: 'Everyone deserves a safe home and the chance to give back.' },
    });
    for (const text of person.quotes) {
      await callAs(studio, SCRIPT_CLIENT, 'quote:create', {
        ambassadorId: ambassador.id,
        fields: { text, consentNotes: 'Harbour Voices press pack for 18 December.' },
      });
    }
  }
  await callAs(studio, SCRIPT_CLIENT, 'settings:update', { patch: { onboarded: true, currentCohortId: cohort.id } });
  await callAs(studio, SCRIPT_CLIENT, 'access:leaveTrainer', {});
  return ids;
}

async function setUpTrainerLaptop(laptop: Laptop): Promise<void> {
  await scriptAsTrainer(laptop.server);
  await callAs(laptop.server, SCRIPT_CLIENT, 'access:setLaptopKind', { kind: 'shared' });
  await callAs(laptop.server, SCRIPT_CLIENT, 'settings:update', { patch: { onboarded: true } });
  await callAs(laptop.server, SCRIPT_CLIENT, 'access:leaveTrainer', {});
}

async function chooseWorkspace(page: Page, publicName: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Current ambassador' }).selectOption({ label: publicName });
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();
}

async function sendForReview(page: Page, text: string): Promise<void> {
  await main(page)
    .getByRole('button', { name: `Open quote: ${text.slice(0, 30)}` })
    .first()
    .click();
  await expect(main(page).getByRole('textbox', { name: 'Quote', exact: true })).toHaveValue(text);
  await main(page).getByRole('button', { name: 'Send for review' }).click();
  await expect(main(page).getByTestId('quote-status')).toContainText('In review');
}

/** Home → "Send my work to my trainer" → the file lands on the USB stick. */
async function sendWork(page: Page, stick: string): Promise<string> {
  await go(page, 'Home');
  const card = main(page).getByRole('region', { name: 'Send my work to my trainer' });
  await card.getByLabel('Cohort passphrase', { exact: true }).fill(PASSPHRASE);
  const path = await downloadTo(page, stick, () => card.getByRole('button', { name: 'Send my work' }).click());
  await expect(card.getByTestId('send-work-status')).toContainText('Downloading as “Work - ');
  return path;
}

/** The Trainer screen's tabs: Overview, Review queue, Agenda, Hot seat, Cohorts, Between laptops. */
async function trainerTab(page: Page, name: string): Promise<void> {
  await main(page).getByRole('tab', { name }).click();
}

async function importOnTrainerScreen(page: Page, files: string[]): Promise<void> {
  await trainerTab(page, 'Between laptops');
  const section = main(page).getByRole('region', { name: 'Between laptops' });
  await section.getByLabel('Cohort passphrase', { exact: true }).fill(PASSPHRASE);
  await section.getByLabel('Import work: bundle files').setInputFiles(files);
}

test('two laptops: work goes to the trainer and feedback comes back, with no duplicates and approvals kept', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const stick = usbStick();
  const residential = await openLaptop(browser, 'residential');
  const trainer = await openLaptop(browser, 'trainer');
  const a = residential.page;
  const b = trainer.page;
  try {
    const ids = await setUpResidentialLaptop(residential);
    await setUpTrainerLaptop(trainer);
    const sent: string[] = [];

    await test.step('A: each ambassador sends their quotes for review and sends their work', async () => {
      await a.goto(residential.server.url);
      for (const person of PEOPLE) {
        await chooseWorkspace(a, person.publicName);
        await go(a, 'Press quotes');
        for (const text of person.quotes) await sendForReview(a, text);
        sent.push(await sendWork(a, stick));
      }
      const card = main(a).getByRole('region', { name: 'Send my work to my trainer' });
      await expect(card.getByTestId('send-work-contents')).toContainText('1 Message House');
      await expect(card.getByTestId('send-work-contents')).toContainText('1 press quote');
      await expect(
        card.getByText('On a shared laptop, a trainer opens feedback from the Trainer screen.'),
      ).toBeVisible();
      await expectNoSeriousA11yViolations(a, 'Home: send my work');
      await screenshotBothThemes(a, card, 'home-send-work');
    });

    await test.step('B: the trainer imports all three files, adding the cohort once asked', async () => {
      await b.goto(trainer.server.url);
      await unlockTrainerMode(b);
      await go(b, 'Trainer');
      await importOnTrainerScreen(b, sent);
      const question = b.getByRole('dialog', { name: 'Add a cohort to this laptop?' });
      await expect(question).toContainText(`is for the cohort “${COHORT}”, which is not on this laptop. Add it?`);
      await expect(main(b).getByTestId('import-status')).toContainText('Importing 1 of 3:');
      await expectNoSeriousA11yViolations(b, 'Trainer: add a cohort?');
      await screenshotNow(b, 'trainer-add-cohort-question-1280-light');
      await question.getByRole('button', { name: 'Add the cohort and import' }).click();
      await expect(main(b).getByTestId('import-status')).toHaveText('Imported 3 files.');
      const reports = main(b).getByTestId('import-report');
      await expect(reports).toHaveCount(3);
      await expect(reports.first()).toContainText('Imported work from Amira Haddad (Winter residential).');
      await expect(reports.first().getByRole('row', { name: /^Press quotes/ })).toContainText('3');
      await expect(main(b).getByTestId('no-conflicts')).toBeVisible();
      await trainerTab(b, 'Cohorts');
      await main(b)
        .getByRole('button', { name: `Open ${COHORT}` })
        .click();
      await trainerTab(b, 'Between laptops');
      const section = main(b).getByRole('region', { name: 'Between laptops' });
      await expectNoSeriousA11yViolations(b, 'Trainer: between laptops after import');
      await screenshotBothThemes(b, section, 'trainer-between-laptops');
    });

    await test.step('B: approves two of Amira’s quotes and sends one back with a comment; approves the others', async () => {
      await trainerTab(b, 'Review queue');
      const approve = async (text: string, name: string) => {
        const item = main(b).getByTestId('review-quote').filter({ hasText: text });
        const read = item.getByRole('checkbox', { name: /I have read/ });
        if (await read.isVisible()) await read.check();
        await item.getByRole('button', { name: `Approve quote by ${name}` }).click();
        await expect(main(b).getByTestId('review-quote').filter({ hasText: text })).toHaveCount(0);
      };
      await approve(APPROVED_1, 'Amira Haddad');
      await approve(APPROVED_2, 'Amira Haddad');
      await approve(PEOPLE[1].quotes[0], 'Olena Kovalenko');
      await approve(PEOPLE[2].quotes[0], 'Wei Zhang');
      const item = main(b).getByTestId('review-quote').filter({ hasText: SENT_BACK });
      await item.getByRole('button', { name: 'Send back quote by Amira Haddad' }).click();
      const dialog = b.getByRole('dialog', { name: 'Send this quote back' });
      await dialog.getByRole('textbox', { name: 'What should change?' }).fill(COMMENT);
      await dialog.getByRole('button', { name: 'Send back with comment' }).click();
      await expect(dialog).toBeHidden();
      await expect(main(b).getByTestId('review-quote')).toHaveCount(0);
    });

    let feedback = '';
    await test.step('B: returns feedback to Amira', async () => {
      await trainerTab(b, 'Between laptops');
      const section = main(b).getByRole('region', { name: 'Return feedback' });
      await section.getByRole('combobox', { name: 'Who gets feedback' }).selectOption({ label: 'Amira Haddad' });
      feedback = await downloadTo(b, stick, () => section.getByRole('button', { name: 'Return feedback' }).click());
      await expect(section.getByTestId('feedback-status')).toContainText('Downloading as “Feedback - ');
    });

    await test.step('A: the trainer mode on the residential laptop opens the feedback; Amira sees it', async () => {
      await unlockTrainerMode(a);
      await go(a, 'Trainer');
      await importOnTrainerScreen(a, [feedback]);
      await expect(main(a).getByTestId('import-status')).toHaveText('Imported 1 file.');
      await expect(main(a).getByTestId('import-report')).toContainText('Imported feedback for Amira Haddad');
      await a.getByRole('button', { name: 'Switch to ambassador mode' }).click();
      await chooseWorkspace(a, 'Amira Haddad');
      await go(a, 'Press quotes');
      await main(a)
        .getByRole('button', { name: `Open quote: ${APPROVED_1.slice(0, 30)}` })
        .click();
      await expect(main(a).getByTestId('approval')).toContainText('Approved by Sam');
      await expect(main(a).getByRole('textbox', { name: 'Quote', exact: true })).not.toBeEditable();
      await main(a)
        .getByRole('button', { name: `Open quote: ${SENT_BACK.slice(0, 30)}` })
        .click();
      await expect(main(a).getByText(COMMENT)).toBeVisible();
      await expect(main(a).getByTestId('quote-status')).toContainText('Draft');
    });

    let again = '';
    await test.step('A: Amira edits the sent-back quote and sends her work again', async () => {
      const quote = main(a).getByRole('textbox', { name: 'Quote', exact: true });
      await quote.fill(EDITED);
      await expect(main(a).getByTestId('save-status').first()).toHaveAttribute('data-status', 'saved');
      await main(a).getByRole('button', { name: 'Send for review' }).click();
      await expect(main(a).getByTestId('quote-status')).toContainText('In review');
      again = await sendWork(a, stick);
    });

    await test.step('B: the second import adds nothing twice, brings the edit and keeps the approvals', async () => {
      await importOnTrainerScreen(b, [again]);
      await expect(main(b).getByTestId('import-status')).toHaveText('Imported 1 file.');
      await expect(
        main(b)
          .getByTestId('import-report')
          .getByRole('row', { name: /^Press quotes/ }),
      ).toContainText('1');
      // Counted behind the screens, as the trainer: the same ids on both laptops, so a duplicate would show here.
      await scriptAsTrainer(trainer.server);
      const quotes = await callAs(trainer.server, SCRIPT_CLIENT, 'quote:list', { ambassadorId: ids.amira });
      expect(quotes).toHaveLength(3);
      const byText = new Map(quotes.map((q) => [q.text, q]));
      expect(byText.get(EDITED)?.status).toBe('in_review');
      expect(byText.has(SENT_BACK)).toBe(false);
      for (const text of [APPROVED_1, APPROVED_2])
        expect(byText.get(text)).toMatchObject({ status: 'approved', approvedBy: 'Sam' });
      await trainerTab(b, 'Review queue');
      await expect(main(b).getByTestId('review-quote').filter({ hasText: EDITED })).toBeVisible();
    });

    await test.step('B: the press pack holds all three ambassadors', async () => {
      await go(b, 'Message sheet');
      const pdf = await downloadTo(b, stick, () => main(b).getByRole('button', { name: 'Export press pack' }).click());
      expect(pdf).toMatch(/\.pdf$/);
      const summary = main(b).getByTestId('pack-summary');
      await expect(summary).toContainText('a cover and 3 sheets');
      const inPack = summary.getByRole('list', { name: 'Ambassadors in the pack' }).getByRole('listitem');
      expect((await inPack.allTextContents()).sort()).toEqual(['Amira Haddad', 'Lin', 'Olena']);
    });
  } finally {
    await residential.close();
    await trainer.close();
  }
});
