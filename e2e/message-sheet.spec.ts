import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from '@playwright/test';
import type { ChannelName, ChannelOutput } from '../src/shared/contract';
import { SAMPLE_AMBASSADORS } from '../src/main/features/sample-data/data';
import { quoteTextHash } from '../src/shared/features/quotes/text-hash';
import { callAs, SCRIPT_CLIENT, scriptAsTrainer, unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';

/** Calls a channel as the test script's own window (see callAs). */
function call<C extends ChannelName>(
  studio: { url: string; origin: string },
  channel: C,
  input: unknown,
): Promise<ChannelOutput<C>> {
  return callAs(studio, SCRIPT_CLIENT, channel, input);
}

/** pdfinfo's fields as a record ("Page size" rounded to whole points). */
function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) out[match[1].trim()] = match[2]?.trim() ?? '';
  }
  const size = /^([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(out['Page size'] ?? '');
  if (size)
    out['Page size'] =
      `${Math.round(Number(size[1]))} x ${Math.round(Number(size[2]))} pts${size[3] ? ` (${size[3]})` : ''}`;
  return out;
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

async function saveDownload(download: Download, dir: string): Promise<string> {
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/**
 * Amira's sample profile (private details, declined topics) on a laptop of her own, with none of the sample
 * cohort's work: "Explore with sample data" now gives her a ready sheet, and this journey makes one from nothing.
 */
async function openAsSampleAmira(page: Page, studio: { url: string; origin: string }): Promise<void> {
  await page.goto(studio.url);
  await page.getByRole('button', { name: "I'm an ambassador" }).click();
  await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Amira');
  await page.getByRole('textbox', { name: 'Full name', exact: true }).fill('Amira Haddad');
  await page.getByRole('button', { name: 'Create my profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
  await scriptAsTrainer(studio);
  const [me] = await call(studio, 'ambassador:list', { includeArchived: false });
  await call(studio, 'ambassador:update', { id: me!.id, patch: SAMPLE_AMBASSADORS[0] });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
}

async function go(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: screen }).click();
  await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status').first()).toHaveAttribute('data-status', 'saved');
}

/** A Message House with a main message and one key message, written on the Key messages screen. */
async function writeHouse(page: Page): Promise<void> {
  await go(page, 'Key messages');
  await page.getByRole('button', { name: 'New Message House' }).click();
  await page.getByRole('button', { name: /^Umbrella message, step/ }).click();
  await page
    .getByRole('textbox', { name: 'Umbrella message' })
    .fill('Hospitals run on people who came from everywhere.');
  await expectSaved(page);
  await page.getByRole('button', { name: /^Key messages, step/ }).click();
  await page.getByRole('button', { name: 'Add a key message' }).click();
  await page.getByRole('textbox', { name: 'Key message 1' }).fill('Migrant engineers keep hospital machines safe.');
  await expectSaved(page);
}

/** A quote written on the Press quotes screen and, when asked, sent for review. */
async function writeQuote(page: Page, text: string, send: boolean): Promise<void> {
  await page.getByRole('button', { name: 'New quote' }).click();
  await page.getByRole('textbox', { name: 'Quote', exact: true }).fill(text);
  await expectSaved(page);
  if (send) {
    // A trainer can approve only a quote whose consent says where it may be used.
    await page
      .getByRole('textbox', { name: 'Where this quote may be used', exact: true })
      .fill('Harbour Voices press pack.');
    await expectSaved(page);
    await page.getByRole('button', { name: 'Send for review' }).click();
    await expect(page.getByRole('button', { name: 'Send for review' })).toHaveCount(0);
  }
}

/** A primary house and one approved quote, made through the API (as a trainer: approving needs trainer mode). */
async function makeReady(
  studio: { url: string; origin: string },
  ambassadorId: string | undefined,
  umbrella: string,
  quote: string,
): Promise<void> {
  await scriptAsTrainer(studio);
  const house = await call(studio, 'house:create', {
    ambassadorId,
    fields: {
      title: 'Press',
      umbrella,
      pillars: [{ id: randomUUID(), message: 'We build this country together.', proofs: [] }],
    },
  });
  const q = await call(studio, 'quote:create', {
    ambassadorId,
    fields: { text: quote, houseId: house.id, consentNotes: 'Press pack' },
  });
  await call(studio, 'quote:transition', { id: q.id, action: 'submit' });
  await call(studio, 'quote:transition', { id: q.id, action: 'approve', textHash: quoteTextHash(q) });
}

const FIT_A4 = 'Fits on one A4 page.';
const PREVIEW = 'iframe[title="Preview of the message sheet"]';

/**
 * axe on the screen, and on the sheet's own document: the preview frame is sandboxed without scripts, so axe
 * cannot run inside it; its document (the one that prints) is scanned on a page of its own instead.
 */
async function expectAccessibleSheetScreen(page: Page, browser: Browser, label: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, label, { exclude: [PREVIEW] });
  const html = await page.locator(PREVIEW).getAttribute('srcdoc');
  expect(html).toBeTruthy();
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  try {
    const sheet = await context.newPage();
    await sheet.setContent(html ?? '');
    await expectNoSeriousA11yViolations(sheet, `${label}: the sheet document`);
  } finally {
    await context.close();
  }
}

test.describe('message sheet', () => {
  let dir = '';
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'studio-sheet-e2e-'));
  });
  test.afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('choose options in the preview, clear the safeguarding check, export: the PDF is one tagged page that follows the choices', async ({
    page,
    studio,
    browser,
  }) => {
    test.setTimeout(180_000);
    await openAsSampleAmira(page, studio);

    // Not ready yet: the screen says what is missing and where to go.
    await go(page, 'Message sheet');
    await expect(page.getByRole('heading', { name: 'Your sheet is not ready yet' })).toBeVisible();
    await expect(page.getByText('There is no primary Message House yet.')).toBeVisible();

    // Make Amira eligible through the exercises: a house, two quotes sent for review, one left as a draft.
    await writeHouse(page);
    await go(page, 'Press quotes');
    await writeQuote(page, 'I came to study and stayed to heal.', true);
    await writeQuote(page, 'I grew up in Tartus, by the sea.', true);
    await writeQuote(page, 'This draft must never be printed.', false);
    // A trainer approves the two in review.
    await unlockTrainerMode(page);
    for (const text of ['I came to study', 'I grew up in Tartus']) {
      await page.getByRole('button', { name: new RegExp(`^Open quote: ${text}`) }).click();
      // Tartus is Amira's home town: approving waits until the trainer has read that finding.
      if (text.includes('Tartus')) {
        await expect(page.getByRole('button', { name: 'Approve' })).toBeDisabled();
        await page.getByTestId('quote-status').getByRole('checkbox', { name: 'I have read this finding' }).check();
      }
      await page.getByRole('button', { name: 'Approve' }).click();
      await expect(page.getByRole('button', { name: 'Edit as new draft' })).toBeVisible();
    }

    // Let the approval notices close (axe measures them half-faded otherwise).
    await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });

    await go(page, 'Message sheet');
    const preview = page.frameLocator(PREVIEW);
    await expect(preview.getByRole('heading', { level: 1, name: 'Amira Haddad' })).toBeVisible();
    await expect(page.getByText(FIT_A4)).toBeVisible();
    // Only approved quotes are offered.
    const quotes = page.getByRole('group', { name: /Quotes \(up to 3\)/ });
    await expect(quotes.getByRole('checkbox')).toHaveCount(2);
    await expect(page.getByText('This draft must never be printed.')).toHaveCount(0);

    // The safeguarding check: the second quote names her home town. It says which field and what kind, never the value.
    const found = page.getByRole('list', { name: 'Private items found' });
    await expect(found).toContainText('Quote 2 contains your home town.');
    await expect(page.getByRole('region', { name: 'Safeguarding check' })).not.toContainText('Tartus');
    await expect(page.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
    await expectAccessibleSheetScreen(page, browser, 'message sheet with the safeguarding warning');

    // "No" is the easy path: the confirm dialog opens on "No", and leaving the quote out clears the check.
    await page.getByRole('button', { name: 'It’s OK to print this…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Print this on your sheet?' });
    await expect(dialog.getByRole('button', { name: 'No, keep it private' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Leave Quote 2 out' }).click();
    await expect(found).toBeHidden();
    await expect(page.getByText('Nothing from your private details was found on this sheet.')).toBeVisible();

    // Choices: first name only (more private than her profile), one declined topic hidden.
    await page.getByRole('radio', { name: 'First name only: Amira' }).check();
    await page
      .getByRole('group', { name: 'Please don’t ask about' })
      .getByRole('checkbox', { name: 'Religion' })
      .uncheck();
    await expect(preview.getByRole('heading', { level: 1, name: 'Amira', exact: true })).toBeVisible();
    await expect(preview.getByText('Religion')).toHaveCount(0);
    await expect(preview.getByText('Tartus')).toHaveCount(0);
    await expect(page.getByText(FIT_A4)).toBeVisible();
    await expectAccessibleSheetScreen(page, browser, 'message sheet with the preview');

    const downloadA4 = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const a4 = await saveDownload(await downloadA4, dir);
    await expect(page.getByTestId('sheet-status')).toContainText('is downloading as “Message sheet - Amira.pdf”');
    expect(a4.endsWith('Message sheet - Amira.pdf')).toBe(true);

    const info = pdfInfo(a4);
    expect(info).toMatchObject({
      Pages: '1',
      'Page size': '595 x 842 pts (A4)',
      Tagged: 'yes',
      Title: 'Message sheet - Amira',
    });
    expect(JSON.stringify(info)).not.toContain('Haddad');
    const text = pdfText(a4);
    expect(text).toContain('Amira');
    expect(text).toContain('Hospitals run on people who came from everywhere.');
    expect(text).toContain('I came to study and stayed to heal.');
    expect(text).toContain('Family left behind');
    for (const absent of ['Haddad', 'Tartus', 'Northgate', 'This draft must never be printed', 'Religion'])
      expect(text).not.toContain(absent);

    // The same sheet on US Letter.
    // A segmented control: its radio inputs sit under their labels, which take the click.
    const paper = page.getByRole('radiogroup', { name: 'Paper size', exact: true });
    await paper.getByText('US Letter').click();
    await expect(paper.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    await expect(page.getByText('Fits on one US Letter page.')).toBeVisible();
    const downloadLetter = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const letter = await saveDownload(await downloadLetter, dir);
    expect(pdfInfo(letter)).toMatchObject({
      Pages: '1',
      'Page size': '612 x 792 pts (letter)',
      Tagged: 'yes',
      Title: 'Message sheet - Amira',
    });

    // Copy as text for an email.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: studio.origin });
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    // A string, so it runs in the page (this file is type-checked without the DOM library).
    const copied = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(copied).toContain('I came to study and stayed to heal.');
    expect(copied).not.toContain('Haddad');
  });

  test('the cohort press pack: a cover and one page per ready ambassador, the others named with the reason', async ({
    page,
    studio,
  }) => {
    test.setTimeout(120_000);
    // Sample data: Amira and Lin are ready (houses, approved quotes); Olena deliberately is not (no primary house).
    const sample = await call(studio, 'sample:load', {});
    const [, olena] = sample.ambassadorIds;
    expect(olena).toBeDefined();

    await page.goto(studio.url);
    // A new window starts locked; the trainer unlocks it with the secret the script set up.
    await unlockTrainerMode(page);
    await go(page, 'Message sheet');
    await expect(page.getByRole('heading', { name: 'Press pack for Demo cohort (fictional)' })).toBeVisible();

    // A logo: a file that is not an image is refused with a reason; a PNG is kept.
    const logoInput = page.getByLabel('Logo file');
    await logoInput.setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    await expect(page.getByRole('main').getByRole('alert')).toContainText('That logo is not an image we can use.');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    writeFileSync(join(dir, 'logo.png'), png);
    await logoInput.setInputFiles(join(dir, 'logo.png'));
    await expect(page.getByRole('img', { name: 'Logo of Harbour Voices (demo organisation)' })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export press pack' }).click();
    const file = await saveDownload(await download, dir);
    const summary = page.getByTestId('pack-summary');
    await expect(summary).toContainText('3 pages: a cover and 2 sheets.');
    await expect(summary.getByRole('list', { name: 'Ambassadors in the pack' })).toContainText('Amira Haddad');
    await expect(summary.getByRole('list', { name: 'Ambassadors in the pack' })).toContainText('Lin');
    await expect(summary.getByRole('list', { name: 'Ambassadors left out' })).toContainText(
      'Olena: Olena has no primary Message House yet.',
    );
    await expect(page.getByTestId('pack-status')).toContainText(
      'The press pack is downloading as “Press pack - Home Is Where We Build It.pdf”',
    );
    await expectNoSeriousA11yViolations(page, 'message sheet with the press pack summary', { exclude: [PREVIEW] });
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expectNoSeriousA11yViolations(page, 'message sheet with the press pack summary (dark theme)', {
      exclude: [PREVIEW],
    });

    expect(pdfInfo(file)).toMatchObject({
      Pages: '3',
      'Page size': '595 x 842 pts (A4)',
      Tagged: 'yes',
      Title: 'Press pack - Home Is Where We Build It',
    });
    const text = pdfText(file);
    expect(text).toContain('Amira Haddad');
    expect(text).toContain('Lin');
    expect(text).toContain('afraid to ask about their own rights');
    // Lin's sheet uses the pseudonym: his real names appear nowhere. Olena has no page; private details never appear.
    for (const absent of ['Zhang', 'Kovalenko', 'Olena', 'Tartus', 'Northgate', 'Riverside', 'awaiting decision'])
      expect(text).not.toContain(absent);
    expect(text).not.toMatch(/\bWei\b/);
  });

  test('without Chromium for PDFs: a clear message, and the browser’s own print of the same preview', async ({
    page,
    studio,
  }) => {
    const sample = await call(studio, 'sample:load', {});
    await makeReady(
      studio,
      sample.ambassadorIds[0],
      'Hospitals run on people who came from everywhere.',
      'I came to study and stayed to heal.',
    );
    // Browser mode again, told to print with a Chromium that is not there.
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-chromium-here');
    try {
      await studio.restart();
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
    const ignoredPrint: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('print()')) ignoredPrint.push(message.text());
    });

    await page.goto(studio.url);
    await go(page, 'Message sheet');
    await expect(page.getByText(FIT_A4)).toBeVisible();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your PDF was not made');
    await expect(alert).toContainText('PDF export needs Chromium.');
    await expect(alert).toContainText('Print preview with the browser');
    // The frame is made again with allow-modals (printing is a modal), still without scripts.
    await expect(page.locator(PREVIEW)).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
    await expect(page.frameLocator(PREVIEW).getByRole('heading', { level: 1, name: 'Amira Haddad' })).toBeVisible();
    await page.getByRole('button', { name: 'Print preview with the browser' }).click();
    await expect(page.getByTestId('sheet-status')).toContainText('Your browser’s print window opened.');
    expect(ignoredPrint).toEqual([]);
  });
});
