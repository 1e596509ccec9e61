import type { Locator, Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium-path.mjs';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { speechWavForFakeMicrophone } from './support/speech-audio';

// Chromium's fake camera (a moving test pattern, from --use-fake-device-for-media-stream) with the fake
// microphone saying three sentences, so the camera take's audio track has real speech to measure.
const speechWav = speechWavForFakeMicrophone();
test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${speechWav}`],
  },
});

/** What the spec reads from a <video> (these files are type-checked for Node, without the DOM's names). */
interface VideoState {
  readyState: number;
  videoWidth: number;
  videoHeight: number;
  muted: boolean;
}

/** The video element inside a player or self-view, once it has a picture: its frame size. */
async function pictureSize(video: Locator): Promise<{ width: number; height: number }> {
  await expect
    .poll(() => video.evaluate((element) => (element as unknown as VideoState).readyState), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(2);
  return video.evaluate((element) => {
    const state = element as unknown as VideoState;
    return { width: state.videoWidth, height: state.videoHeight };
  });
}

async function expectSpeechMeasures(region: Locator): Promise<void> {
  const metrics = region.getByTestId('take-metrics');
  await expect(metrics).toContainText('Answer time:');
  // A pace measured from the video's sound track (its wording is the speech measures' own, so only its gist).
  await expect(metrics).toContainText(/Pace: About \d+(–\d+)? words a minute/);
  await expect(metrics).toContainText(/Pauses: \d+ pauses?, longest \d\.\d seconds/);
  await expect(metrics).not.toContainText('Speaking time: 0 seconds');
  await expect(region).not.toContainText('could not measure');
}

async function startTvSession(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Interview practice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview practice' })).toBeVisible();
  await page.getByRole('combobox', { name: /Interview type/ }).selectOption({ label: 'TV soundbite' });
  await expect(page.getByTestId('camera-setup-note')).toContainText('your answers are filmed');
  await page.getByRole('textbox', { name: /Number of questions/ }).fill('1');
  await page.getByRole('radio', { name: /Random questions/ }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText('Question 1 of 1')).toBeVisible();
}

test('a TV answer on camera: mirrored self-view, then the video and its speech measures in the review and report', async ({
  page,
  studio,
}) => {
  test.setTimeout(120_000);
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
  await startTvSession(page);

  const panel = page.getByRole('region', { name: 'On camera' });
  await expect(panel.getByRole('switch', { name: /Record on camera/ })).toBeChecked();
  expect(new URL(page.url()).hash).toBe('#camera-rehearsal');

  await page.getByRole('button', { name: 'Start recording' }).click();
  await expect(page.getByText('Recording on camera', { exact: true })).toBeVisible();
  const selfView = panel.getByLabel('Your camera, shown as a mirror');
  // 720p asked for as "ideal": Chromium's fake camera gives exactly that.
  expect(await pictureSize(selfView)).toEqual({ width: 1280, height: 720 });
  await expect(selfView).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  expect(await selfView.evaluate((element) => (element as unknown as VideoState).muted)).toBe(true);
  await expectNoSeriousA11yViolations(page, 'camera rehearsal (answering)');
  // Let the fake microphone speak for about eight seconds (waiting on the clock, not sleeping).
  await expect(page.getByRole('timer')).toHaveText(/0:(0[0-7])$/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Stop' }).click();

  const answer = page.getByRole('region', { name: 'Your answer' });
  await expect(answer).toBeVisible({ timeout: 30_000 });
  await expect(selfView).toHaveCount(0);
  const review = answer.getByRole('group', { name: 'Watch your answer' });
  expect(await pictureSize(review.locator('video'))).toEqual({ width: 1280, height: 720 });
  await expect(review.getByTestId('player-time')).toHaveText(/0:00 \/ 0:0[6-9]/);
  await expectSpeechMeasures(answer);
  await answer.getByRole('button', { name: 'Good', exact: true }).click();
  await expect(answer.getByText('Rating saved: Good.')).toBeVisible();

  await page.getByRole('button', { name: 'Finish and see report' }).click();
  await expect(page.getByRole('heading', { name: 'Your report' })).toBeVisible();
  // Leaving the camera screen takes the mark (and so, in the desktop app, the camera permission) away.
  expect(new URL(page.url()).hash).toBe('');
  const played = page.getByRole('group', { name: 'Watch answer 1' });
  expect(await pictureSize(played.locator('video'))).toEqual({ width: 1280, height: 720 });
  await expectSpeechMeasures(page.getByRole('region', { name: /^1\. / }));
  // It plays: the position moves on.
  await played.getByRole('button', { name: 'Play' }).click();
  await expect(played.getByTestId('player-time')).toHaveText(/^0:0[1-9] \//, { timeout: 10_000 });
  await expectNoSeriousA11yViolations(page, 'report with a camera take');
});
