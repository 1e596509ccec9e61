import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { debriefFields, seedInterview } from '../../../../main/test-support/interviews';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../../../main/test-support/seed';
import { SCREEN_STORAGE_KEY } from '../../app/navigation';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { FollowUpList } from './FollowUpList';
import { formatDay, localToday } from './labels';
import { NextInterviewCard } from './NextInterviewCard';

/** A day `days` from today on this computer's calendar. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return localToday(date);
}

async function setup() {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Autumn' });
  const amira = seedAmbassador(studio.services, { fullName: 'Amira Haddad', firstName: 'Amira', cohortId: cohort.id });
  return { studio, amira, cohortId: cohort.id, user: userEvent.setup() };
}

describe('NextInterviewCard', { timeout: 30_000 }, () => {
  it('counts down to the soonest coming interview and opens it', async () => {
    const { studio, amira, user } = await setup();
    seedInterview(studio.services, amira.id, { outlet: 'Past Post', interviewDate: dayFromToday(-2) });
    seedInterview(studio.services, amira.id, { outlet: 'Later Live', interviewDate: dayFromToday(9) });
    const next = seedInterview(studio.services, amira.id, { outlet: 'Harbour FM', interviewDate: dayFromToday(3) });
    renderWithStudio(<NextInterviewCard ambassadorId={amira.id} />, studio);
    expect(await screen.findByRole('heading', { name: 'Your next interview is in 3 days' })).toBeInTheDocument();
    expect(screen.getByText(`Harbour FM, Dana Reed, ${formatDay(dayFromToday(3))}.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open the request' }));
    expect(sessionStorage.getItem(SCREEN_STORAGE_KEY)).toBe('interviews');
    expect(sessionStorage.getItem('ambassador-studio.interviews.open')).toBe(next.id);
  });

  it('shows nothing when no interview is coming', async () => {
    const { studio, amira } = await setup();
    seedInterview(studio.services, amira.id, { interviewDate: dayFromToday(-1) });
    seedInterview(studio.services, amira.id, { interviewDate: '' });
    renderWithStudio(<NextInterviewCard ambassadorId={amira.id} />, studio);
    await waitFor(() => expect(studio.api.callsTo('interview:list')).toHaveLength(1));
    // Let the answer arrive and render: still nothing to show.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('FollowUpList', { timeout: 30_000 }, () => {
  it('names who asked for a follow-up, and nothing they wrote', async () => {
    const { studio, amira, cohortId } = await setup();
    const request = seedInterview(studio.services, amira.id, { interviewDate: '2026-09-01' });
    studio.services.interviews.saveDebrief(
      request.id,
      debriefFields({ wasHard: 'Kept private', wantsFollowUp: true }),
      false,
    );
    await unlockTrainer(studio.api);
    renderWithStudio(<FollowUpList cohortId={cohortId} />, studio);
    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent(`Amira · interview on ${formatDay('2026-09-01')}`);
    expect(screen.queryByText(/Kept private/)).not.toBeInTheDocument();
  });
});
