import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../../../../main/test-support/temp-backend';
import { seedAmbassador, seedCohort } from '../../../../../main/test-support/seed';
import type { Question } from '../../../../../shared/features/question-bank/schemas';
import { buildSignal } from '../../../../../shared/speech/test-signals';
import { renderWithStudio } from '../../../test-utils/render';
import { openStudio } from '../../../test-utils/studio';
import { SessionReport } from './SessionReport';
import { TakeAnalyserProvider, type TakeAnalyser } from './take-analysis';
import { analyseWav, encodeWav } from './wav.test-support';

const RATE = 16_000;
const good = (confidence: number) =>
  ({ bridged: true, usedStory: true, withinTime: true, confidence, grade: 'good' }) as const;

/** About 15 s of syllables with a 1.6 s pause and a 3.5 s silence in it. */
const speech = encodeWav(
  buildSignal(RATE, [
    { kind: 'silence', seconds: 0.5 },
    { kind: 'syllables', count: 20 },
    { kind: 'silence', seconds: 1.6 },
    { kind: 'syllables', count: 15 },
    { kind: 'silence', seconds: 3.5 },
    { kind: 'syllables', count: 12 },
    { kind: 'silence', seconds: 0.5 },
  ]),
  RATE,
);

const metrics = (wordsPerMinute: number, longestPauseSeconds: number) => ({
  durationSeconds: 16.4,
  speakingSeconds: 11,
  speakingShare: 0.7,
  pauseCount: 2,
  longestPauseSeconds,
  syllableCount: 47,
  wordsPerMinute,
  articulationRate: 4.3,
  loudnessSpreadDb: 2,
});

/** Amira (who speaks Arabic and French) answered a question last week, and again in today's session. */
async function twoAnswers(languages = ['Arabic', 'French']) {
  const clock = manualClock('2026-12-01T10:00:00.000Z');
  const studio = await openStudio({ clock });
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id, languages });
  const questions = studio.services.questions.forCohort(cohort.id);
  const questionId = questions[0]!.id;
  const answer = (wordsPerMinute: number, longestPause: number, durationMs: number, confidence: number) => {
    const session = studio.services.rehearsal.start({
      ambassadorId: amira.id,
      interviewType: 'live-radio',
      mode: 'random',
      count: 1,
      categories: [],
      questionIds: [questionId],
    });
    const take = studio.services.rehearsal.saveTake({
      sessionId: session.id,
      questionId,
      position: 0,
      durationMs,
      recording: { mime: 'audio/wav', bytes: speech },
      metrics: metrics(wordsPerMinute, longestPause),
      notes: '',
    });
    studio.services.rehearsal.rateTake(take.id, good(confidence));
    return session;
  };
  answer(200, 4.2, 48_000, 2);
  clock.advance(7 * 24 * 3600_000);
  const today = answer(140, 1.6, 29_000, 4);
  return { studio, today, questions, user: userEvent.setup() };
}

type Studio = Awaited<ReturnType<typeof openStudio>>;

function renderReport(studio: Studio, sessionId: string, questions: Question[], analyser: TakeAnalyser = analyseWav) {
  return renderWithStudio(
    <TakeAnalyserProvider analyser={analyser}>
      <SessionReport
        sessionId={sessionId}
        questions={new Map(questions.map((q) => [q.id, q]))}
        onBack={() => undefined}
        onDeleted={() => undefined}
      />
    </TakeAnalyserProvider>,
    studio,
  );
}

const paceLine = () => within(screen.getByTestId('take-metrics')).getByText(/words a minute/);
const arabic = new Intl.DisplayNames(undefined, { type: 'language' }).of('ar')!;
const french = new Intl.DisplayNames(undefined, { type: 'language' }).of('fr')!;

describe('the take report', () => {
  it('gives pace as a range in the language of the answers, picked once and remembered', async () => {
    const { studio, today, questions, user } = await twoAnswers();
    renderReport(studio, today.id, questions);
    const select = await screen.findByRole('combobox', { name: 'Language of these answers' });
    // No English in the profile: the first language listed.
    expect(select).toHaveValue(arabic);
    expect(paceLine()).toHaveTextContent(new RegExp(`^About \\d+–\\d+ words a minute in ${arabic} \\(`));

    await user.click(select);
    await user.click(await screen.findByRole('option', { name: french }));
    expect(paceLine()).toHaveTextContent(
      `About 125–160 words a minute in ${french} (comfortable; 100 to 165 is comfortable)`,
    );

    // Another visit to a report for Amira starts in French.
    renderReport(studio, today.id, questions);
    await waitFor(() => expect(screen.getAllByRole('combobox', { name: 'Language of these answers' })).toHaveLength(2));
    expect(screen.getAllByRole('combobox', { name: 'Language of these answers' })[1]).toHaveValue(french);
  });

  it('starts in English when the profile lists it', async () => {
    const { studio, today, questions } = await twoAnswers(['Tigrinya', 'English']);
    renderReport(studio, today.id, questions);
    await screen.findByRole('combobox', { name: 'Language of these answers' });
    expect(paceLine()).toHaveTextContent(/words a minute in English/);
  });

  it('measures the recording to show pace over the answer and where the pauses fell, with words for both', async () => {
    const { studio, today, questions, user } = await twoAnswers();
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    let measure = () => undefined as void;
    const measured = new Promise<void>((resolve) => (measure = resolve));
    renderReport(studio, today.id, questions, async (recording) => {
      await measured;
      return analyseWav(recording);
    });
    expect(await screen.findByText('Measuring pace and pauses over the answer…')).toBeInTheDocument();
    measure();

    const pauses = await screen.findByRole('figure', { name: 'Where the pauses fell' }, { timeout: 10_000 });
    expect(within(pauses).getByTestId('pause-summary')).toHaveTextContent(
      /^2 pauses: at 0:0\d \(1\.\d s\) and 0:\d\d \(3\.\d s\)\.$/,
    );
    // The chart's code loads on first use.
    const pace = await screen.findByRole('figure', { name: 'Pace over the answer' }, { timeout: 10_000 });
    expect(within(pace).getByTestId('pace-summary')).toHaveTextContent(/comfortable range/);
    expect(within(pace).getByRole('table')).toBeInTheDocument();

    // Playing from the long silence starts the answer's own player a second before it.
    const [, long] = within(pauses).getAllByRole('button', { name: /^Play from the pause at / });
    const start = Number(/0:(\d\d)/.exec(long!.textContent ?? '')![1]);
    await user.click(long!);
    const audio = screen.getByRole('group', { name: 'Listen to answer 1' }).querySelector('audio')!;
    expect(audio.currentTime).toBeGreaterThanOrEqual(start - 1);
    expect(audio.currentTime).toBeLessThan(start);
    expect(play).toHaveBeenCalled();
    play.mockRestore();
  });

  it('says so when the recording cannot be measured, and keeps the rest of the report', async () => {
    const { studio, today, questions } = await twoAnswers();
    renderReport(studio, today.id, questions, () => Promise.reject(new Error('The file could not be decoded.')));
    expect(
      await screen.findByText('The pace and pauses over the answer could not be shown: The file could not be decoded.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('take-metrics')).toBeInTheDocument();
  });

  it('compares with an earlier answer to the same question, in words, with both recordings to play', async () => {
    const { studio, today, questions, user } = await twoAnswers(['English']);
    renderReport(studio, today.id, questions);
    const compare = await screen.findByRole('region', { name: 'Compare with an earlier answer' });
    await user.click(within(compare).getByRole('combobox', { name: 'Compare answer 1 with…' }));
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(1);
    await user.click(options[0]!);

    const table = within(compare).getByRole('table');
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Answer time')).toHaveTextContent('Better: Closer to the target time');
    expect(row('Pace')).toHaveTextContent('140–170 words a minute (comfortable)');
    expect(row('Pace')).toHaveTextContent('200–240 words a minute (fast)');
    expect(row('Pace')).toHaveTextContent('Better: Closer to a comfortable pace');
    expect(row('Longest pause')).toHaveTextContent('Better: A shorter silence');
    expect(row('Pauses')).toHaveTextContent('The same number');
    expect(row('Your rating')).toHaveTextContent('Better: You felt more confident');
    expect(within(compare).getByText(/Filler words are not counted/)).toBeInTheDocument();
    expect(await within(compare).findByRole('group', { name: 'This answer (1)' })).toBeInTheDocument();
    expect(await within(compare).findByRole('group', { name: /^The earlier answer, / })).toBeInTheDocument();
  });

  it('offers no comparison for a first answer', async () => {
    const { studio, questions } = await twoAnswers();
    const first = studio.services.rehearsal.list(studio.services.settings.get().currentAmbassadorId!).at(-1)!;
    renderReport(studio, first.id, questions);
    await screen.findByRole('combobox', { name: 'Language of these answers' });
    await waitFor(() => expect(screen.getByTestId('take-details')).toBeInTheDocument());
    expect(screen.queryByRole('region', { name: 'Compare with an earlier answer' })).toBeNull();
  });

  it('has no accessibility violations with the charts and the comparison open', async () => {
    const { studio, today, questions, user } = await twoAnswers(['English']);
    const { container } = renderReport(studio, today.id, questions);
    await screen.findByRole('figure', { name: 'Where the pauses fell' }, { timeout: 10_000 });
    await screen.findByRole('figure', { name: 'Pace over the answer' }, { timeout: 10_000 });
    const compare = screen.getByRole('region', { name: 'Compare with an earlier answer' });
    await user.click(within(compare).getByRole('combobox', { name: 'Compare answer 1 with…' }));
    await user.click((await screen.findAllByRole('option'))[0]!);
    await within(compare).findByRole('group', { name: /^The earlier answer, / });
    // jsdom lays nothing out, so contrast is checked in the browser (e2e), not here.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
