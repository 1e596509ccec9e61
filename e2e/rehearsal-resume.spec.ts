import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium-path.mjs';
import { expect, test } from './support/fixtures';
import { TEST_TOOLS_INSTALL_LINE } from '../src/main/test-support/test-tools';

/**
 * A person reading (LibriVox, from Debian's pocketsphinx-testdata) for the fake microphone, resampled to what
 * Chromium's fake capture expects. Without the package (or sox) this fails with the install line rather than
 * quietly running on other audio (issue 15: no silent skips).
 */
function realSpeechWav(): string {
  const source = '/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0870.wav';
  if (!existsSync(source)) {
    throw new Error(`pocketsphinx-testdata is not installed (no ${source}). Install with: ${TEST_TOOLS_INSTALL_LINE}`);
  }
  const dir = join(tmpdir(), 'ambassador-studio-e2e');
  const path = join(dir, 'librivox-0870-48k.wav');
  if (existsSync(path)) return path;
  try {
    mkdirSync(dir, { recursive: true });
    const building = `${path}.${process.pid}.wav`;
    execFileSync('sox', [source, '-r', '48000', '-b', '16', building, 'pad', '0', '1'], { stdio: 'ignore' });
    renameSync(building, path);
    return path;
  } catch (error) {
    throw new Error(
      `Could not resample the LibriVox clip with sox (${String(error)}). Install with: ${TEST_TOOLS_INSTALL_LINE}`,
    );
  }
}

const speechWav = realSpeechWav();
test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${speechWav}`],
  },
});

/** What the checks read from the audio element (these files are type-checked without the DOM's names). */
interface MediaState {
  duration: number;
  currentTime: number;
  seekable: { length: number; end(index: number): number };
}

async function recordAnswer(page: Page, untilSeconds: RegExp): Promise<Locator> {
  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByText('Recording', { exact: true })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(untilSeconds, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Stop' }).click();
  const answer = page.getByRole('region', { name: 'Your answer' });
  await expect(answer).toBeVisible({ timeout: 20_000 });
  return answer;
}

/** The player shows a real length, the file itself now carries it, and the slider moves through the recording. */
async function expectSeekablePlayer(player: Locator): Promise<void> {
  await expect(player.getByTestId('player-time')).toHaveText(/^0:00 \/ 0:(0[5-9]|1\d)$/);
  const audio = player.locator('audio');
  await expect
    .poll(() =>
      audio.evaluate((el) => {
        const media = el as unknown as MediaState;
        return Number.isFinite(media.duration) ? media.duration : -1;
      }),
    )
    .toBeGreaterThan(3.5);
  const slider = player.getByRole('slider', { name: 'Position in the recording' });
  await slider.focus();
  await slider.press('ArrowRight');
  await slider.press('ArrowRight');
  await expect(player.getByTestId('player-time')).toHaveText(/^0:02 \//);
  await expect.poll(() => audio.evaluate((el) => (el as unknown as MediaState).currentTime)).toBeCloseTo(2, 0);
  // Seekable over the whole file: what the browser's own controls could not do with MediaRecorder's WebM.
  const seekableEnd = await audio.evaluate((el) => {
    const { seekable } = el as unknown as MediaState;
    return seekable.length > 0 ? seekable.end(seekable.length - 1) : 0;
  });
  expect(seekableEnd).toBeGreaterThan(3.5);
}

test('a session interrupted by a reload continues where it was; confidence changed after grading is stored; recordings have a length and seek', async ({
  page,
  studio,
}) => {
  test.setTimeout(120_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Interview practice' }).click();
  await page.getByRole('textbox', { name: /Number of questions/ }).fill('3');
  await page.getByRole('radio', { name: /Random questions/ }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Question 1 of 3')).toBeVisible();

  // Question 1: recorded, graded, then the confidence changed quickly three times.
  const first = await recordAnswer(page, /0:2[0-3]$/);
  await expectSeekablePlayer(first.getByRole('group', { name: 'Listen to your answer' }));
  await first.getByRole('button', { name: 'Good', exact: true }).click();
  await expect(first.getByText('Rating saved: Good.')).toBeVisible();
  for (const choice of ['2', '5', '1']) await first.getByRole('radio', { name: new RegExp(`^${choice}`) }).check();
  await page.getByRole('button', { name: 'Next question' }).click();

  // Question 2: recorded, not yet rated, and the page reloads.
  await expect(page.getByText('Question 2 of 3')).toBeVisible();
  const secondQuestion = (await page.locator('#question-heading').textContent())?.trim() ?? '';
  await recordAnswer(page, /0:2[0-3]$/);
  await page.reload();

  const offer = page.getByRole('region', { name: /Continue your session from \d\d:\d\d( [AP]M)? \(question 2 of 3\)/ });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Question 2 of 3')).toBeVisible();
  await expect(page.locator('#question-heading')).toHaveText(secondQuestion);
  const resumed = page.getByRole('region', { name: 'Your answer' });
  await expectSeekablePlayer(resumed.getByRole('group', { name: 'Listen to your answer' }));
  await resumed.getByRole('radio', { name: /^4/ }).check();
  await resumed.getByRole('button', { name: 'Hard', exact: true }).click();
  await expect(resumed.getByText('Rating saved: Hard.')).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByText('Question 3 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Finish and see report' }).click();

  // The report: both answers, each with the confidence last chosen, each recording with its length.
  await expect(page.getByRole('heading', { name: 'Your report' })).toBeVisible();
  await expect(page.getByText(/You rated it Good, confidence 1 of 5/)).toBeVisible();
  await expect(page.getByText(/You rated it Hard, confidence 4 of 5/)).toBeVisible();
  await expectSeekablePlayer(page.getByRole('group', { name: 'Listen to answer 1' }));
  await expectSeekablePlayer(page.getByRole('group', { name: 'Listen to answer 2' }));

  // Finished: nothing is offered any more.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Continue your session/ })).toHaveCount(0);
});
