import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../../shared/features/access/schemas';
import {
  seedAmbassador,
  seedComment,
  seedCohort,
  seedHouse,
  seedQuote,
  seedSettings,
  unlockTrainer,
} from '../../../../../main/test-support/seed';
import { SCREEN_STORAGE_KEY } from '../../../app/navigation';
import { renderWithStudio } from '../../../test-utils/render';
import { openStudio } from '../../../test-utils/studio';
import { TrainerScreen } from '../TrainerScreen';

/** Amira is ready for the press pack with a quote waiting; Olena has only just started. */
async function setup(role: Role = 'trainer') {
  const studio = await openStudio();
  const { services } = studio;
  const cohort = seedCohort(services, { name: 'Residential 2026' });
  const olena = seedAmbassador(services, { firstName: 'Olena', cohortId: cohort.id }, { current: false });
  const amira = seedAmbassador(services, {
    fullName: 'Amira Haddad',
    cohortId: cohort.id,
    shortBio: 'Nurse and choir singer.',
    languages: ['Arabic', 'English'],
    topicsWelcome: ['Health'],
    topicsDeclined: ['Family'],
    privateDetails: [{ kind: 'home_town', value: 'Aleppo' }],
  });
  seedSettings(services, { currentCohortId: cohort.id, currentAmbassadorId: amira.id });
  const house = seedHouse(services, amira.id, { title: 'Care', umbrella: 'Care is everyone’s work.' });
  seedQuote(services, amira.id, { text: 'A town is made by the people who turn up.' }, 'approved');
  const waiting = seedQuote(services, amira.id, { text: 'We sing on Thursdays.' }, 'in_review');
  seedComment(services, { targetType: 'quote', targetId: waiting.id }, 'text', 'Which choir?', 'Sam');
  if (role === 'trainer') await unlockTrainer(studio.api, 'Sam');
  renderWithStudio(<TrainerScreen />, studio);
  return { studio, amira, olena, house };
}

async function rowOf(name: string): Promise<HTMLElement> {
  const header = await screen.findByRole('rowheader', { name: new RegExp(name) });
  const row = header.closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

describe('Cohort overview', () => {
  it('opens the Trainer screen with one row per ambassador: profile, house, quotes, practice, comments, sheet', async () => {
    await setup();
    expect(screen.getByRole('tab', { name: 'Overview', selected: true })).toBeInTheDocument();
    expect(screen.queryByText(/Coming soon/)).not.toBeInTheDocument();
    const amira = await rowOf('Amira Haddad');
    expect(within(amira).getByRole('button', { name: 'Open profile of Amira Haddad, 100% complete' })).toBeVisible();
    expect(within(amira).getByRole('button', { name: /Open Message House of Amira Haddad: Care/ })).toBeVisible();
    expect(within(amira).getByRole('button', { name: 'Review quotes of Amira Haddad: 1 in review' })).toBeVisible();
    expect(within(amira).getByRole('button', { name: 'Open quotes of Amira Haddad: 1 approved' })).toBeVisible();
    expect(amira).toHaveTextContent('Not started');
    expect(amira).toHaveTextContent('1 open');
    expect(amira).toHaveTextContent('Ready');

    const olena = await rowOf('Olena');
    expect(olena).toHaveTextContent('Missing: short bio, languages');
    expect(olena).toHaveTextContent('None yet');
    expect(olena).toHaveTextContent('No quotes yet');
    expect(olena).toHaveTextContent('Not ready');
    expect(olena).toHaveTextContent('Olena has no primary Message House yet.');
    expect(
      screen.getByText('2 ambassadors · 1 sheet ready · 1 quote waiting for review · 1 open comment'),
    ).toBeVisible();
  });

  it('filters by what needs doing and by name', async () => {
    await setup();
    const user = userEvent.setup();
    await rowOf('Amira Haddad');
    await user.click(screen.getByRole('radio', { name: 'Sheet not ready (1)' }));
    await waitFor(() => expect(screen.getAllByTestId('overview-row')).toHaveLength(1));
    expect(screen.getByRole('rowheader', { name: /Olena/ })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Quotes to review (1)' }));
    await waitFor(() => expect(screen.getByRole('rowheader', { name: /Amira Haddad/ })).toBeInTheDocument());
    expect(screen.getAllByTestId('overview-row')).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: 'Everyone (2)' }));
    await user.type(screen.getByRole('textbox', { name: 'Find an ambassador' }), 'OLE');
    await waitFor(() => expect(screen.getAllByTestId('overview-row')).toHaveLength(1));
    expect(screen.getByRole('rowheader', { name: /Olena/ })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Find an ambassador' }), 'x');
    expect(await screen.findByText(/No ambassador matches/)).toBeVisible();
  });

  it('opens the review queue narrowed to one ambassador, and a profile in that person’s workspace', async () => {
    const { studio, olena } = await setup();
    const user = userEvent.setup();
    const amira = await rowOf('Amira Haddad');
    await user.click(within(amira).getByRole('button', { name: 'Review quotes of Amira Haddad: 1 in review' }));
    expect(await screen.findByRole('tab', { name: 'Review queue', selected: true })).toBeInTheDocument();
    expect(await screen.findByDisplayValue('Amira Haddad')).toHaveAccessibleName('Ambassador');
    expect(await screen.findAllByTestId('review-quote')).toHaveLength(1);

    await user.click(screen.getByRole('tab', { name: 'Overview' }));
    const row = await rowOf('Olena');
    await user.click(within(row).getByRole('button', { name: /^Open profile of Olena/ }));
    await waitFor(() => expect(sessionStorage.getItem(SCREEN_STORAGE_KEY)).toBe('profile'));
    const state = await studio.api['access:state']({});
    expect(state.ok && state.value.ambassadorId).toBe(olena.id);
  });

  it('in ambassador mode asks for trainer mode and never asks the backend for everyone’s progress', async () => {
    const { studio } = await setup('ambassador');
    expect(
      await screen.findByText('Only a trainer can see the whole cohort’s progress. Unlock trainer mode to see it.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock trainer mode' })).toBeInTheDocument();
    expect(studio.api.callsTo('cohort:overview')).toHaveLength(0);
  });
});
