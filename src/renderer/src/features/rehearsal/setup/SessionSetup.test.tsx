import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMockClient } from '../../../api/mock-client';
import { renderWithProviders } from '../../../test-utils/render';
import { SessionSetup } from './SessionSetup';

const COHORT = '33333333-3333-4333-8333-333333333333';
const AMBASSADOR = '44444444-4444-4444-8444-444444444444';

function setup(role: 'ambassador' | 'trainer' = 'ambassador') {
  const api = createMockClient({
    settings: { onboarded: true, role, currentAmbassadorId: AMBASSADOR, currentCohortId: COHORT },
    cohorts: [{ id: COHORT, name: 'Migrants Day 2026' }],
    ambassadors: [{ id: AMBASSADOR, firstName: 'Amira', cohortId: COHORT }],
  });
  const onStarted = vi.fn();
  renderWithProviders(<SessionSetup ambassadorId={AMBASSADOR} cohortId={COHORT} onStarted={onStarted} />, { api });
  return { api, onStarted, user: userEvent.setup() };
}

describe('SessionSetup', () => {
  it("shows the interview type's answer time and its rules, and follows the choice", async () => {
    const { user } = setup();
    expect(screen.getByRole('heading', { name: 'Live radio: about 30 seconds an answer' })).toBeInTheDocument();
    expect(screen.getByText('One pass only: no lists of figures.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Interview type/ }), 'Hostile doorstep');
    expect(screen.getByRole('heading', { name: 'Hostile doorstep: about 10 seconds an answer' })).toBeInTheDocument();
    expect(screen.getByText('Never give your address or location.')).toBeInTheDocument();
  });

  it('starts a session with the chosen type, count, categories and mode', async () => {
    const { api, user, onStarted } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /Interview type/ }), 'TV soundbite');
    const count = screen.getByRole('textbox', { name: /Number of questions/ });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(screen.getByRole('checkbox', { name: 'Hostile' }));
    await user.click(screen.getByRole('radio', { name: /Random questions/ }));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));

    await vi.waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(api.callsTo('rehearsal:start')).toEqual([
      { ambassadorId: AMBASSADOR, interviewType: 'tv-soundbite', mode: 'random', count: 2, categories: ['hostile'] },
    ]);
    expect(onStarted.mock.calls[0]?.[0].questionIds).toHaveLength(2);
  });

  it("offers a trainer's set only when one exists, and starts with it", async () => {
    const { api, user } = setup('trainer');
    const setRadio = screen.getByRole('radio', { name: /A trainer's set/ });
    expect(setRadio).toBeDisabled();
    expect(screen.getByText('Your trainer has not made a set yet.')).toBeInTheDocument();

    const ids = api.state.rehearsal.questions.slice(0, 2).map((q) => q.id);
    const saved = await api['questionSet:save']({ cohortId: COHORT, name: 'Day 2 hot seat', questionIds: ids });
    expect(saved.ok).toBe(true);
    // A fresh render picks up the new set.
    renderWithProviders(<SessionSetup ambassadorId={AMBASSADOR} cohortId={COHORT} onStarted={() => undefined} />, { api });
    const forms = await screen.findAllByRole('form', { name: 'Set up a practice session' });
    const form = within(forms[1]!);
    await vi.waitFor(() => expect(form.getByRole('radio', { name: /A trainer's set/ })).toBeEnabled());
    await user.click(form.getByRole('radio', { name: /A trainer's set/ }));
    expect(form.getByRole('combobox', { name: "Trainer's set" })).toHaveDisplayValue('Day 2 hot seat (2 questions)');
    await user.click(form.getByRole('button', { name: 'Start practice' }));
    await vi.waitFor(() => expect(api.callsTo('rehearsal:start')).toHaveLength(1));
    expect(api.callsTo('rehearsal:start')[0]).toMatchObject({ mode: 'set', categories: [], setId: saved.ok ? saved.value.id : '' });
  });

  it('asks for a number of questions before starting', async () => {
    const { api, user } = setup();
    await user.clear(screen.getByRole('textbox', { name: /Number of questions/ }));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose how many questions you want: a number from 1 to 30.');
    expect(api.callsTo('rehearsal:start')).toHaveLength(0);
  });

  it("shows the backend's reason when no questions match", async () => {
    const { api, user } = setup('trainer');
    for (const q of api.state.rehearsal.questions) await api['question:retire']({ cohortId: COHORT, questionId: q.id, retired: true });
    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No questions match those choices.');
  });
});
