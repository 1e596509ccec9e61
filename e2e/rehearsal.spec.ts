import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium-path.mjs';
import { callAs, SCRIPT_CLIENT, scriptAsTrainer, unlockTrainerMode } from './support/access';
import { expect, expectNoSeriousA11yViolations, test } from './support/fixtures';
import { speechWavForFakeMicrophone } from './support/speech-audio';

// The fake microphone says three sentences (with pauses) instead of beeping, so takes have real measures.
// Without espeak-ng and sox this throws with the install line: the journey never runs on the beep.
const speechWav = speechWavForFakeMicrophone();
test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${speechWav}`],
  },
});

/**
 * First run with the fictional sample cohort, then a newcomer to it: the sample gives its three people practice
 * history already, and these journeys start from someone who has not practised yet.
 */
async function openWithSampleData(page: Page, studio: { url: string; origin: string }): Promise<void> {
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Amira/ })).toBeVisible();
  await scriptAsTrainer(studio);
  const [cohort] = await callAs(studio, SCRIPT_CLIENT, 'cohort:list', { includeArchived: false });
  await callAs(studio, SCRIPT_CLIENT, 'ambassador:create', {
    fields: { fullName: 'Sara Haile', firstName: 'Sara', nameMode: 'full', cohortId: cohort!.id },
  });
  await callAs(studio, SCRIPT_CLIENT, 'access:leaveTrainer', {});
  await page.reload();
  await page.getByRole('combobox', { name: 'Current ambassador' }).selectOption({ label: 'Sara Haile' });
  await expect(page.getByRole('heading', { level: 1, name: /Hello, Sara/ })).toBeVisible();
}

async function openInterviewPractice(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Interview practice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview practice' })).toBeVisible();
}

async function startSession(
  page: Page,
  options: { count: number; category?: string; mode?: RegExp; type?: string },
): Promise<void> {
  if (options.type) await page.getByRole('combobox', { name: /Interview type/ }).selectOption({ label: options.type });
  const count = page.getByRole('textbox', { name: /Number of questions/ });
  await count.fill(String(options.count));
  if (options.category) await page.getByRole('checkbox', { name: options.category }).check();
  if (options.mode) await page.getByRole('radio', { name: options.mode }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText(`Question 1 of ${options.count}`)).toBeVisible();
}

async function currentQuestion(page: Page): Promise<string> {
  return (await page.locator('#question-heading').textContent())?.trim() ?? '';
}

test.describe('interview practice', () => {
  test('a recorded 3-question session: measures, ratings, report; then history, charts and a changed due order', async ({
    page,
    studio,
  }) => {
    test.setTimeout(120_000);
    await openWithSampleData(page, studio);

    // Home offers practice (nothing is due before the first rating).
    await expect(page.getByTestId('due-count')).toHaveText(/No questions are due/);
    await page.getByRole('button', { name: 'Practise questions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Interview practice' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Questions due for practice/ })).toBeChecked();
    await expect(page.getByRole('heading', { name: 'Live radio: about 30 seconds an answer' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'interview practice setup');

    await startSession(page, { count: 3, category: 'Quickfire (live)' });

    const rated: string[] = [];
    const grades = ['Good', 'Easy', 'Good'] as const;
    for (let i = 0; i < 3; i += 1) {
      await expect(page.getByText(`Question ${i + 1} of 3`)).toBeVisible();
      rated.push(await currentQuestion(page));
      if (i === 1) {
        // Keyboard: Space starts and stops when focus is not on a control or in a text field.
        await page.locator('#question-heading').click();
        await page.keyboard.press('Space');
      } else {
        await page.getByRole('button', { name: 'Start recording' }).click();
      }
      await expect(page.getByText('Recording', { exact: true })).toBeVisible();
      // Let the fake microphone speak for about eight seconds (waiting on the clock, not sleeping).
      await expect(page.getByRole('timer')).toHaveText(/0:(1\d|2[0-2])$/, { timeout: 20_000 });
      if (i === 1) {
        await page.locator('#question-heading').click();
        await page.keyboard.press('Space');
      } else {
        await page.getByRole('button', { name: 'Stop' }).click();
      }

      const answer = page.getByRole('region', { name: 'Your answer' });
      await expect(answer).toBeVisible({ timeout: 20_000 });
      await expect(answer.getByLabel('Listen to your answer')).toBeVisible();
      const metrics = answer.getByTestId('take-metrics');
      await expect(metrics).toContainText('Answer time:');
      await expect(metrics).toContainText('Pauses:');
      await expect(metrics).toContainText('Speaking time:');
      // Measured on the laptop from the recording: a pace as a range, pauses found, some speech.
      await expect(metrics).toContainText(
        /Pace: About \d+–\d+ words a minute in English \((slow|comfortable|fast); 100 to 165 is comfortable\)/,
      );
      await expect(metrics).toContainText(/Pauses: \d+ pauses?, longest \d\.\d seconds/);
      await expect(metrics).not.toContainText('Speaking time: 0 seconds');
      await expect(answer).not.toContainText('could not measure');

      await answer.getByRole('checkbox', { name: 'I bridged to a key message' }).check();
      await answer.getByRole('radio', { name: '4' }).check();
      await answer.getByRole('button', { name: grades[i], exact: true }).click();
      await expect(answer.getByText(`Rating saved: ${grades[i]}.`)).toBeVisible();
      if (i === 0) {
        await answer.getByRole('textbox', { name: 'Notes on this answer' }).fill('Say the umbrella message first.');
        await expect(answer.getByTestId('save-status')).toHaveText('Saved');
        await expectNoSeriousA11yViolations(page, 'practice session (answer under review)');
        // N goes to the next question.
        await page.locator('#question-heading').click();
        await page.keyboard.press('n');
      } else if (i === 1) {
        await page.getByRole('button', { name: 'Next question' }).click();
      } else {
        await page.getByRole('button', { name: 'Finish and see report' }).click();
      }
    }

    // The report: what went well, one focus, every answer with its measures and recording.
    await expect(page.getByRole('heading', { name: 'Your report' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What went well' })).toBeVisible();
    await expect(page.getByText('You bridged to a key message in every answer you rated.')).toBeVisible();
    await expect(page.getByTestId('report-focus')).not.toBeEmpty();
    for (let n = 1; n <= 3; n += 1) {
      await expect(page.getByRole('heading', { level: 3, name: `${n}. ${rated[n - 1]}` })).toBeVisible();
      await expect(page.getByLabel(`Listen to answer ${n}`)).toBeVisible();
    }
    await expect(page.getByRole('textbox', { name: 'Notes on answer 1' })).toHaveValue(
      'Say the umbrella message first.',
    );
    await expect(page.getByTestId('take-metrics')).toHaveCount(3);
    await expectNoSeriousA11yViolations(page, 'session report');

    // After a reload: history and charts.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Interview practice' })).toBeVisible();
    await page.getByRole('tab', { name: 'History and progress' }).click();
    const history = page.getByTestId('session-history');
    await expect(history.getByRole('row')).toHaveCount(2);
    await expect(history).toContainText('Live radio');
    await expect(history).toContainText('3 of 3');
    const charts = page.getByTestId('progress-charts');
    await expect(charts.locator('figure')).toHaveCount(3);
    await expect(charts.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByTestId('chart-days-summary')).toHaveText('3 answers on 1 day.');
    await expect(page.getByTestId('chart-confidence-summary')).toContainText('latest 4 of 5');
    await expectNoSeriousA11yViolations(page, 'history and progress');

    // The due order changed: the three rated questions now come after the six never practised.
    await page.getByRole('tab', { name: 'Practise' }).click();
    await startSession(page, { count: 6, category: 'Quickfire (live)' });
    const next: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await expect(page.getByText(`Question ${i + 1} of 6`)).toBeVisible();
      next.push(await currentQuestion(page));
      if (i < 5) await page.getByRole('button', { name: 'Skip to next question' }).click();
    }
    expect(new Set(next).size).toBe(6);
    for (const question of rated) expect(next).not.toContain(question);
  });

  test('the stage view follows the laptop and turns yellow at 60 % and red at 80 %, without trainer notes', async ({
    page,
    studio,
  }) => {
    // One fake clock for every page of the context, driven by the test.
    await page.clock.install();
    await openWithSampleData(page, studio);
    await openInterviewPractice(page);
    await startSession(page, { count: 1, mode: /Random questions/ });
    const hint = (await page.getByTestId('bridge-hint').textContent())?.replace('Bridge hint:', '').trim() ?? '';
    expect(hint.length).toBeGreaterThan(5);
    const question = await currentQuestion(page);

    const [stage] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Open stage view' }).click(),
    ]);
    await expect(stage.getByRole('heading', { level: 1, name: question })).toBeVisible();
    await expect(stage.getByTestId('stage-phase')).toHaveText('Get ready');
    await expect(stage.getByRole('timer')).toHaveText(/0:30$/);
    await expectNoSeriousA11yViolations(stage, 'stage view');

    await page.getByRole('switch', { name: 'Record my answers' }).uncheck();
    await page.getByRole('button', { name: 'Start answer' }).click();
    await expect(stage.getByTestId('stage')).toHaveAttribute('data-phase', 'normal');
    await expect(stage.getByTestId('stage-phase')).toHaveText('Plenty of time');

    await page.clock.runFor(18_500);
    await expect(stage.getByTestId('stage')).toHaveAttribute('data-phase', 'warning');
    await expect(stage.getByTestId('stage-phase')).toHaveText('Head for your key message');
    await expect(stage.getByTestId('stage')).toHaveCSS('background-color', 'rgb(255, 212, 59)');
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-phase', 'warning');

    await page.clock.runFor(6_000);
    await expect(stage.getByTestId('stage')).toHaveAttribute('data-phase', 'danger');
    await expect(stage.getByTestId('stage-phase')).toHaveText('Finish your sentence');
    await expect(stage.getByTestId('stage')).toHaveCSS('background-color', 'rgb(165, 17, 17)');
    await expect(page.getByTestId('countdown')).toHaveAttribute('data-phase', 'danger');

    await page.clock.runFor(7_000);
    await expect(stage.getByTestId('stage')).toHaveAttribute('data-phase', 'overtime');
    await expect(stage.getByRole('timer')).toHaveText(/\+0:0[1-2]$/);

    // Pause from the laptop: the stage clock stops too.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(stage.getByTestId('stage-phase')).toHaveText('Paused');
    const frozen = await stage.getByRole('timer').textContent();
    await page.clock.runFor(5_000);
    await expect(stage.getByRole('timer')).toHaveText(frozen ?? '');

    // Trainer notes stay on the laptop.
    await expect(page.getByText(hint)).toBeVisible();
    await expect(stage.locator('body')).not.toContainText(hint);
    await expect(stage.locator('body')).not.toContainText('Notes for this laptop only');
  });

  test('with the microphone denied, a clear message, and the session still completes without recording', async ({
    page,
    studio,
  }) => {
    // As if the person clicked "Block" when the browser asked for the microphone.
    await page.addInitScript(
      "navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));",
    );
    await openWithSampleData(page, studio);
    await openInterviewPractice(page);
    await startSession(page, { count: 2, mode: /Random questions/ });

    await page.getByRole('button', { name: 'Start recording' }).click();
    await expect(page.getByText('The microphone is blocked')).toBeVisible();
    await expect(page.getByText(/timed but not recorded/)).toBeVisible();
    await expect(page.getByText('Not recording')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'practice session without a microphone');
    await page.getByRole('button', { name: 'Stop' }).click();
    const answer = page.getByRole('region', { name: 'Your answer' });
    await expect(answer.getByText('This answer was not recorded, so there is only its time.')).toBeVisible();
    await expect(answer.getByTestId('take-metrics')).toContainText('Answer time:');
    await answer.getByRole('button', { name: 'Hard', exact: true }).click();
    await expect(answer.getByText('Rating saved: Hard.')).toBeVisible();
    await page.getByRole('button', { name: 'Next question' }).click();

    // Recording is now off, so the second answer starts straight away.
    await page.getByRole('button', { name: 'Start answer' }).click();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('region', { name: 'Your answer' }).getByRole('button', { name: 'Good', exact: true }).click();
    await page.getByRole('button', { name: 'Finish and see report' }).click();

    await expect(page.getByRole('heading', { name: 'Your report' })).toBeVisible();
    await expect(page.getByText('Not recorded.')).toHaveCount(2);
    await expect(page.getByTestId('take-metrics')).toHaveCount(2);
  });

  test('trainer tools: add a cohort question, export the pack as a file, import packs with clear results', async ({
    page,
    studio,
  }) => {
    await openWithSampleData(page, studio);
    await unlockTrainerMode(page);
    await openInterviewPractice(page);
    await page.getByRole('tab', { name: 'Questions (trainer)' }).click();

    await page.getByRole('button', { name: 'Add a question' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a question' });
    await dialog.getByRole('textbox', { name: 'Question' }).fill('Is it true that you came here for benefits?');
    await dialog
      .getByRole('textbox', { name: 'Bridge hint' })
      .fill('Name the falsehood once, then the truth: work and contribution.');
    await dialog.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Hostile' });
    await dialog.getByRole('button', { name: 'Add question' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('question-bank')).toContainText('Is it true that you came here for benefits?');
    await expectNoSeriousA11yViolations(page, 'trainer question tools');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export question pack' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/questions\.json$/);
    const pack = JSON.parse(
      await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')),
    ) as {
      format: string;
      questions: Array<{ id: string; text: string }>;
    };
    expect(pack.format).toBe('ambassador-studio/question-pack');
    expect(pack.questions.map((q) => q.text)).toEqual(['Is it true that you came here for benefits?']);
    await expect(page.getByText('Exported 1 question.')).toBeVisible();

    const file = page.getByLabel('Question pack file');
    // The same pack again changes nothing and doubles nothing.
    await file.setInputFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await expect(page.getByText('Imported: 0 added, 0 updated, 1 unchanged.')).toBeVisible();
    const added = {
      ...pack,
      questions: [
        ...pack.questions,
        {
          id: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601',
          category: 'curveball',
          difficulty: 2,
          text: 'What would you cook for the Prime Minister?',
          bridgeHint: '',
        },
      ],
    };
    await file.setInputFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(added)),
    });
    await expect(page.getByText('Imported: 1 added, 0 updated, 1 unchanged.')).toBeVisible();
    await file.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something else"}'),
    });
    await expect(page.getByText(/That file is not a valid question pack, so nothing was imported/)).toBeVisible();
    await expect(page.getByText('Nothing was imported', { exact: true })).toBeVisible();
  });
});
