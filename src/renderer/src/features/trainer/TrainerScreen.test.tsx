import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../api/mock-client';
import { renderWithProviders } from '../../test-utils/render';
import { TrainerScreen } from './TrainerScreen';

const COHORT = '33333333-3333-4333-8333-333333333333';

function setup() {
  const api = createMockClient({
    settings: { onboarded: true, role: 'trainer', currentCohortId: COHORT },
    cohorts: [{ id: COHORT, name: 'Migrants Day 2026' }],
  });
  renderWithProviders(<TrainerScreen />, { api });
  return api;
}

describe('Trainer', () => {
  it('says so when there are no cohorts yet', async () => {
    renderWithProviders(<TrainerScreen />, { api: createMockClient({ settings: { onboarded: true, role: 'trainer' } }) });
    expect(await screen.findByRole('heading', { name: 'No cohorts yet' })).toBeInTheDocument();
  });

  it('autosaves cohort details, including the press contact', async () => {
    const api = setup();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Organisation' }), 'Harbour Voices');
    await user.type(screen.getByRole('textbox', { name: 'Press contact email' }), 'press@example.org');
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(api.state.cohorts[0]).toMatchObject({
      organisation: 'Harbour Voices',
      pressContact: { name: '', email: 'press@example.org', phone: '' },
    });
  });

  it('adds an ambassador to the cohort and makes them current', async () => {
    const api = setup();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'No ambassadors in this cohort yet' });
    await user.click(screen.getByRole('button', { name: 'Add ambassador' }));
    const dialog = await screen.findByRole('dialog', { name: 'New ambassador profile' });
    await user.type(within(dialog).getByRole('textbox', { name: 'First name' }), 'Olena');
    await user.click(within(dialog).getByRole('button', { name: 'Create profile' }));

    expect(await screen.findByRole('button', { name: 'Open profile of Olena' })).toBeInTheDocument();
    const created = api.state.ambassadors[0];
    expect(created).toMatchObject({ firstName: 'Olena', cohortId: COHORT });
    expect(api.state.settings.currentAmbassadorId).toBe(created?.id);
  });

  it('archives a cohort only after confirmation', async () => {
    const api = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Archive cohort' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Restore cohort' })).toBeInTheDocument();
    expect(api.state.cohorts[0]?.archivedAt).not.toBeNull();
  });
});
