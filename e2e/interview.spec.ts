import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium-path.mjs';
import { unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { speechWavForFakeMicrophone } from './support/speech-audio';

// The fake microphone speaks (as in the rehearsal journey), so each rehearsed answer is a real recording; the
// fake camera (--use-fake-device-for-media-stream) films the answer given on camera.
const speechWav = speechWavForFakeMicrophone();
test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${speechWav}`],
  },
});

/** Today on the browser's calendar, as a date field wants it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const PRIVATE_TEXT = 'My voice shook on the last question';

async function openScreen(page: Page, name: string, heading: string | RegExp = name): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Records one answer; the first is filmed (a video-call interview), the others sound only (camera switched off). */
async function recordAnswer(page: Page, index: number, count: number, onCamera: boolean): Promise<void> {
  await expect(page.getByText(`Question ${index + 1} of ${count}`)).toBeVisible();
  const camera = page.getByRole('switch', { name: /Record on camera/ });
  if (onCamera) await expect(camera).toBeChecked();
  else if (await camera.isChecked()) await camera.uncheck();
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByText(onCamera ? 'Recording on camera' : 'Recording', { exact: true })).toBeVisible();
  // A video call gives 30 seconds an answer: let the fake microphone speak for about eleven of them (a pace
  // needs at least five seconds of speech).
  await expect(page.getByRole('timer')).toHaveText(/Time left 0:1\d$/, { timeout: 25_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  const answer = page.getByRole('region', { name: 'Your answer' });
  const player = onCamera
    ? answer.getByRole('group', { name: 'Watch your answer' })
    : answer.getByLabel('Listen to your answer');
  await expect(player).toBeVisible({ timeout: 30_000 });
  if (onCamera) await expect(player.locator('video')).toHaveCount(1);
  await expect(answer.getByTestId('take-metrics')).toContainText(/Pace: About \d+(–\d+)? words a minute/);
  await answer.getByRole('button', { name: 'Good', exact: true }).click();
  await expect(answer.getByText('Rating saved: Good.')).toBeVisible();
  const last = index === count - 1;
  await page.getByRole('button', { name: last ? 'Finish and see report' : 'Next question' }).click();
}

/** pdfinfo's fields of a saved PDF, as a record. */
function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) out[match[1].trim()] = match[2]?.trim() ?? '';
  }
  return out;
}

test.describe('a real interview request', () => {
  test('record it, rehearse three suggested questions (one on camera), print the prep card, debrief; a trainer sees only the follow-up flag', async ({
    page,
    studio,
  }) => {
    test.setTimeout(180_000);
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'Explore with sample data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();

    // The journalist called: nothing recorded yet, and the screen says what to do.
    await openScreen(page, 'Interviews');
    await expect(page.getByText(/you do not have to say yes on the phone/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'interviews, empty');
    await page.getByRole('button', { name: 'Record a request' }).click();
    const form = page.getByRole('form', { name: 'Interview request' });
    await form.getByRole('textbox', { name: 'Outlet' }).fill('Harbour FM');
    await form.getByRole('textbox', { name: 'Journalist’s name' }).fill('Dana Reed');
    await form.getByRole('textbox', { name: /the angle/ }).fill('What asylum costs taxpayers');
    await form.getByRole('radio', { name: 'Live', exact: true }).check();
    await form.getByRole('combobox', { name: 'Kind of interview' }).selectOption({ label: 'Video call' });
    await form.getByLabel('Day of the interview').fill(today());
    await form.getByRole('radio', { name: 'First name only' }).check();
    await form.getByRole('radio', { name: 'No photo or filming' }).check();
    await expect(form.getByRole('note')).toContainText('talk to a legal adviser');
    await form.getByRole('combobox', { name: 'Topics off limits' }).fill('my family');
    await form.getByRole('combobox', { name: 'Topics off limits' }).press('Enter');
    await form.getByRole('radio', { name: 'Yes, I checked with a legal adviser' }).check();
    await expectNoSeriousA11yViolations(page, 'interview request form');
    await form.getByRole('button', { name: 'Save request' }).click();

    // Suggested questions: the hostile one about the angle first, each with why.
    await expect(page.getByRole('heading', { level: 2, name: 'Harbour FM, Dana Reed' })).toBeVisible();
    const suggested = page.getByRole('region', { name: 'Questions to rehearse' });
    await expect(suggested.getByText('What does this cost taxpayers?')).toBeVisible();
    await expect(suggested.getByText(/“my family” is off limits/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'interview request with suggestions');
    const boxes = suggested.getByRole('checkbox');
    const chosen: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await expect(boxes.nth(i)).toBeChecked();
      chosen.push((await suggested.locator('label').nth(i).locator('p').first().textContent()) ?? '');
    }

    // The prep card to take along: one tagged page, with the agreed limits and none of the private details.
    const dir = mkdtempSync(join(tmpdir(), 'prep-card-'));
    try {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Prep card (PDF)' }).click();
      const file = join(dir, (await download).suggestedFilename());
      await (await download).saveAs(file);
      await expect(page.getByRole('status').filter({ hasText: 'The prep card' })).toBeVisible();
      expect(pdfInfo(file)).toMatchObject({ Pages: '1', Tagged: 'yes' });
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Harbour FM');
      expect(text).toContain('my family');
      expect(text).toContain('Everything is on the record');
      expect(text).not.toContain('Haddad');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    await suggested.getByRole('button', { name: 'Rehearse these (3)' }).click();

    // Interview practice opens the session: exactly those three, in that order, recorded and rated.
    await expect(page.getByRole('heading', { level: 1, name: 'Interview practice' })).toBeVisible();
    for (let i = 0; i < 3; i += 1) {
      await expect(page.locator('#question-heading')).toHaveText(chosen[i]!);
      await recordAnswer(page, i, 3, i === 0);
    }
    await expect(page.getByRole('heading', { name: 'Your report' })).toBeVisible();

    // Home counts down to it (today), and opens it again.
    await openScreen(page, 'Home', /Hello, Amira/);
    await expect(page.getByRole('heading', { name: 'Your next interview is today' })).toBeVisible();
    await page.getByRole('button', { name: 'Open the request' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Harbour FM, Dana Reed' })).toBeVisible();

    // The debrief: private by default, with a follow-up asked for.
    const debrief = page.getByRole('form', { name: 'Debrief' });
    await debrief.getByRole('textbox', { name: 'What was hard' }).fill(PRIVATE_TEXT);
    await debrief.getByRole('radio', { name: 'Mixed' }).check();
    await debrief.getByRole('switch', { name: /follow-up conversation/ }).check();
    await expect(debrief.getByRole('switch', { name: 'Share this debrief with my trainer' })).not.toBeChecked();
    await expectNoSeriousA11yViolations(page, 'debrief');
    await debrief.getByRole('button', { name: 'File debrief' }).click();
    await expect(page.getByText('Your debrief is saved. Thank you for taking the time.')).toBeVisible();

    // A trainer: the follow-up flag in the overview, and none of the debrief's words anywhere.
    await unlockTrainerMode(page);
    await openScreen(page, 'Trainer');
    const followUps = page.getByRole('region', { name: 'Asked for a follow-up' });
    await expect(followUps.getByRole('listitem')).toContainText('Amira');
    await openScreen(page, 'Interviews');
    await page.getByRole('button', { name: 'Open Harbour FM, Dana Reed' }).click();
    await expect(page.getByRole('note', { name: 'Debrief not shared' })).toContainText(
      'They asked for a follow-up conversation.',
    );
    await expect(page.getByText(PRIVATE_TEXT)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'trainer view of a private debrief');
  });
});
