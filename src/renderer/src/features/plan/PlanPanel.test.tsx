import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { seedAmbassador, seedCohort } from '../../../../main/test-support/seed';
import type { InterviewFields } from '../../../../shared/features/interviews/schemas';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import RehearsalScreen from '../rehearsal/RehearsalScreen';
import { setPlanIntent } from './intent';
import { PlanPanel } from './PlanPanel';

const TV_REQUEST: InterviewFields = {
  outlet: 'Harbour FM',
  journalist: 'Dana Reed',
  angle: 'Nurses who came as refugees',
  othersInterviewed: '',
  deadline: '',
  broadcast: 'recorded',
  format: 'tv-soundbite',
  lengthMinutes: 5,
  interviewDate: '2026-10-05',
  runsOn: '',
  nameMode: 'first',
  photo: 'no',
  offLimits: [],
  legalCheck: 'done',
  notes: '',
};

/** Amira of a cohort whose media day is `mediaDate` ('' for none); the test clock starts on 1 October 2026. */
async function seed(mediaDate = '2026-10-09') {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026', mediaDate });
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  return { studio, cohortId: cohort.id, ambassadorId: amira.id, user: userEvent.setup() };
}

/** Serious and critical axe findings (jsdom has no layout, so colour contrast is left to the e2e run). */
async function axeFindings(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

describe('the plan to the media day', () => {
  it('shows the days to the media date with today open, the media day marked, and readiness in words', async () => {
    const { studio, ambassadorId, user } = await seed();
    const plan = studio.services.plan.get(ambassadorId);
    const { container } = renderWithStudio(<PlanPanel ambassadorId={ambassadorId} onStarted={vi.fn()} />, studio);

    expect(await screen.findByTestId('plan-media')).toHaveTextContent(/in 8 days/);
    const today = screen.getByTestId('plan-today');
    expect(within(today).getByText('Today')).toBeInTheDocument();
    // Today is open: its questions are listed.
    for (const item of plan.days[0]!.items) expect(within(today).getByText(item.text)).toBeInTheDocument();
    expect(screen.getByTestId('plan-media-day')).toHaveTextContent(/media day/);
    // Another day's questions open on demand.
    const secondDay = plan.days[1]!;
    const secondItem = container.querySelector<HTMLElement>(`[data-date="${secondDay.date}"]`)!;
    await user.click(within(secondItem).getByRole('button', { name: /question/ }));
    expect(within(secondItem).getByText(secondDay.items[0]!.text)).toBeVisible();

    expect(screen.getByText(/Hostile: 0 of 10 rehearsed at least twice/)).toBeInTheDocument();
    expect(screen.getByTestId('readiness-badge')).toHaveTextContent('Not ready yet');
    expect(screen.getByText(/Ready means every hostile question rehearsed at least twice/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Hostile: rehearsed at least twice' })).toBeInTheDocument();
    expect(await axeFindings(container)).toEqual([]);
  });

  it('says when there is no media date and plans two weeks', async () => {
    const { studio, ambassadorId } = await seed('');
    const { container } = renderWithStudio(<PlanPanel ambassadorId={ambassadorId} onStarted={vi.fn()} />, studio);
    expect(await screen.findByTestId('plan-media')).toHaveTextContent(
      /no media date yet, so this plan looks two weeks ahead/,
    );
    expect(screen.queryByTestId('plan-media-day')).toBeNull();
    expect(await axeFindings(container)).toEqual([]);
  });

  it('says when nothing is planned for today', async () => {
    const { studio, cohortId, ambassadorId } = await seed();
    for (const q of studio.services.questions.active(cohortId))
      studio.services.questions.setRetired(cohortId, q.id, true);
    renderWithStudio(<PlanPanel ambassadorId={ambassadorId} onStarted={vi.fn()} />, studio);
    expect(await screen.findByTestId('plan-today-count')).toHaveTextContent(/Nothing is planned for today/);
    expect(screen.queryByRole('button', { name: 'Rehearse today’s questions' })).toBeNull();
  });

  it('names a real interview before the media day and rehearses in its interview type', async () => {
    const { studio, ambassadorId, user } = await seed();
    studio.services.interviews.create(ambassadorId, TV_REQUEST);
    const onStarted = vi.fn();
    renderWithStudio(<PlanPanel ambassadorId={ambassadorId} onStarted={onStarted} />, studio);
    expect(await screen.findByText(/Your interview with Harbour FM is on/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Interview type' })).toHaveValue('tv-soundbite');
    await user.click(screen.getByRole('button', { name: 'Rehearse today’s questions' }));
    await vi.waitFor(() => expect(onStarted).toHaveBeenCalledOnce());
    expect(onStarted.mock.calls[0]![0]).toMatchObject({ interviewType: 'tv-soundbite', mode: 'due' });
  });
});

describe('the Plan tab of Interview practice', () => {
  it('opens from Home’s reminder and starts a session of exactly today’s questions', async () => {
    const { studio, ambassadorId, user } = await seed();
    const planned = studio.services.plan.get(ambassadorId).days[0]!.items;
    setPlanIntent();
    renderWithStudio(<RehearsalScreen />, studio);
    expect(await screen.findByRole('tab', { name: /Plan to the media day/, selected: true })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Rehearse today’s questions' }));
    expect(await screen.findByText(`Question 1 of ${planned.length}`)).toBeInTheDocument();
    const [session] = studio.services.rehearsal.list(ambassadorId);
    expect(session!.questionIds).toEqual(planned.map((i) => i.questionId));
  });
});
