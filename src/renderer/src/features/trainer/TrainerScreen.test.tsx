import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/features/access/schemas';
import {
  seedAmbassador,
  seedCohort,
  seedSettings,
  TEST_TRAINER_SECRET,
  unlockTrainer,
} from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { TrainerScreen } from './TrainerScreen';

const PRESS_CONTACT = { name: 'Dana Reyes', email: 'press@harbour.example', phone: '' };

/**
 * The Migrants Day 2026 cohort, open on the Trainer screen, in this window's mode. With `trainerElsewhere`, the
 * laptop's trainer was set up in another window (which unlocks trainer mode there, not here); with `people`,
 * Olena and Amira are in the cohort and this window opens on Amira's workspace.
 */
async function setup(
  role: Role = 'trainer',
  { trainerElsewhere = false, people = false } = {},
): Promise<{ studio: TestStudio; cohortId: string }> {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026', pressContact: PRESS_CONTACT });
  seedSettings(studio.services, { currentCohortId: cohort.id });
  if (people) {
    seedAmbassador(studio.services, { firstName: 'Olena', cohortId: cohort.id }, { current: false });
    seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  }
  if (trainerElsewhere) await unlockTrainer(studio.window());
  if (role === 'trainer') await unlockTrainer(studio.api);
  renderWithStudio(<TrainerScreen />, studio);
  await openTab('Cohorts');
  return { studio, cohortId: cohort.id };
}

/** The Trainer screen opens on the overview; cohorts, the review queue and bundles are a tab away. */
async function openTab(name: string): Promise<void> {
  await userEvent.setup().click(await screen.findByRole('tab', { name }));
}

describe('Trainer', () => {
  it('says so when there are no cohorts yet', async () => {
    const studio = await openStudio();
    seedSettings(studio.services);
    await unlockTrainer(studio.api);
    renderWithStudio(<TrainerScreen />, studio);
    expect(await screen.findByRole('heading', { name: 'No cohort is open' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Choose a cohort' }));
    expect(await screen.findByRole('tab', { name: 'Cohorts', selected: true })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No cohorts yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New cohort' })).toBeInTheDocument();
  });

  it('autosaves cohort details, including the press contact', async () => {
    const { studio, cohortId } = await setup();
    const user = userEvent.setup();
    const organisation = await screen.findByRole('textbox', { name: 'Organisation' });
    expect(organisation).not.toHaveAttribute('readonly');
    expect(screen.queryByText(/Only a trainer can/)).not.toBeInTheDocument();
    await user.type(organisation, 'Harbour Voices');
    const email = screen.getByRole('textbox', { name: 'Press contact email' });
    await user.clear(email);
    await user.type(email, 'newsroom@example.org');
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(studio.services.cohorts.get(cohortId)).toMatchObject({
      organisation: 'Harbour Voices',
      pressContact: { ...PRESS_CONTACT, email: 'newsroom@example.org' },
    });
  });

  it('in ambassador mode shows the cohort’s details read-only with the reason, and changes nothing', async () => {
    const { studio, cohortId } = await setup('ambassador');
    const user = userEvent.setup();
    const email = await screen.findByRole('textbox', { name: 'Press contact email' });
    expect(email).toHaveValue('press@harbour.example');
    expect(email).toHaveAttribute('readonly');
    for (const name of ['Cohort name', 'Organisation', 'Campaign', 'Hashtag', 'Press contact name']) {
      expect(screen.getByRole('textbox', { name })).toHaveAttribute('readonly');
    }
    expect(screen.getByLabelText('Media date')).toHaveAttribute('readonly');
    expect(
      screen.getByText('Only a trainer can change the cohort’s details. Unlock trainer mode to edit them.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('save-status')).not.toBeInTheDocument();

    await user.type(email, 'x');
    expect(email).toHaveValue('press@harbour.example');
    expect(studio.api.callsTo('cohort:update')).toHaveLength(0);
    expect(studio.services.cohorts.get(cohortId).pressContact).toEqual(PRESS_CONTACT);
  });

  it('in ambassador mode offers no cohort or ambassador changes, and says why', async () => {
    await setup('ambassador', { people: true });
    await screen.findByRole('heading', { level: 2, name: 'Migrants Day 2026' });
    expect(screen.getByText('Only a trainer can create a cohort.')).toBeInTheDocument();
    expect(screen.getByText('Only a trainer can archive or restore a cohort.')).toBeInTheDocument();
    expect(
      await screen.findByText('Only a trainer can see everyone in the cohort and add ambassadors to it.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Only a trainer can change the cohort’s language rules. Unlock trainer mode to add or remove them.',
      ),
    ).toBeInTheDocument();
    for (const name of ['New cohort', 'Archive cohort', 'Restore cohort', 'Add ambassador', 'Add rule']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    // The backend lists only this window's own profile, so the section never claims the cohort is empty.
    expect(await screen.findByRole('button', { name: 'Open profile of Amira' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open profile of Olena' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'No ambassadors in this cohort yet' })).not.toBeInTheDocument();
  });

  it('unlocks trainer mode from the read-only details, then the press contact can be edited', async () => {
    const { studio, cohortId } = await setup('ambassador', { trainerElsewhere: true });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Unlock trainer mode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock trainer mode' });
    await user.type(within(dialog).getByLabelText('Trainer PIN or passphrase', { exact: true }), TEST_TRAINER_SECRET);
    await user.click(within(dialog).getByRole('button', { name: 'Unlock' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Press contact email' })).not.toHaveAttribute('readonly'),
    );
    expect(screen.queryByText(/Only a trainer can change the cohort’s details/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive cohort' })).toBeInTheDocument();
    const phone = screen.getByRole('textbox', { name: 'Press contact phone' });
    await user.type(phone, '+44 20 7946 0000');
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(studio.services.cohorts.get(cohortId).pressContact).toEqual({ ...PRESS_CONTACT, phone: '+44 20 7946 0000' });
  });

  it('adds an ambassador to the cohort and makes them current', async () => {
    const { studio, cohortId } = await setup();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'No ambassadors in this cohort yet' });
    await user.click(screen.getByRole('button', { name: 'Add ambassador' }));
    const dialog = await screen.findByRole('dialog', { name: 'New ambassador profile' });
    await user.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Olena');
    await user.click(within(dialog).getByRole('button', { name: 'Create profile' }));

    expect(await screen.findByRole('button', { name: 'Open profile of Olena' })).toBeInTheDocument();
    const [created] = studio.services.ambassadors.list({ cohortId });
    expect(created).toMatchObject({ displayName: 'Olena', cohortId });
    // Current in this window (its open workspace) and where new windows start.
    const state = await studio.api['access:state']({});
    expect(state.ok && state.value.ambassadorId).toBe(created?.id);
    expect(studio.services.settings.get().currentAmbassadorId).toBe(created?.id);
  });

  it('archives a cohort only after confirmation', async () => {
    const { studio, cohortId } = await setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Archive cohort' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Restore cohort' })).toBeInTheDocument();
    expect(studio.services.cohorts.get(cohortId).archivedAt).not.toBeNull();
  });
});
