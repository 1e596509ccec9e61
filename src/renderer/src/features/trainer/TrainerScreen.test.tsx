import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedCohort, seedSettings } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { TrainerScreen } from './TrainerScreen';

async function setup(): Promise<{ studio: TestStudio; cohortId: string }> {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  seedSettings(studio.services, { role: 'trainer', currentCohortId: cohort.id });
  renderWithStudio(<TrainerScreen />, studio);
  return { studio, cohortId: cohort.id };
}

describe('Trainer', () => {
  it('says so when there are no cohorts yet', async () => {
    const studio = await openStudio();
    seedSettings(studio.services, { role: 'trainer' });
    renderWithStudio(<TrainerScreen />, studio);
    expect(await screen.findByRole('heading', { name: 'No cohorts yet' })).toBeInTheDocument();
  });

  it('autosaves cohort details, including the press contact', async () => {
    const { studio, cohortId } = await setup();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Organisation' }), 'Harbour Voices');
    await user.type(screen.getByRole('textbox', { name: 'Press contact email' }), 'press@example.org');
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(studio.services.cohorts.get(cohortId)).toMatchObject({
      organisation: 'Harbour Voices',
      pressContact: { name: '', email: 'press@example.org', phone: '' },
    });
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
