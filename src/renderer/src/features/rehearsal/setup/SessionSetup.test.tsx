import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RehearsalSession } from '../../../../../shared/features/rehearsal/schemas';
import type { Role } from '../../../../../shared/features/access/schemas';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../../../../main/test-support/seed';
import { renderWithStudio } from '../../../test-utils/render';
import { openStudio } from '../../../test-utils/studio';
import { SessionSetup } from './SessionSetup';

async function setup(role: Role = 'ambassador') {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  if (role === 'trainer') await unlockTrainer(studio.api);
  const onStarted = vi.fn<(session: RehearsalSession) => void>();
  renderWithStudio(<SessionSetup ambassadorId={amira.id} cohortId={cohort.id} onStarted={onStarted} />, studio);
  return { studio, ambassadorId: amira.id, cohortId: cohort.id, onStarted, user: userEvent.setup() };
}

describe('SessionSetup', () => {
  it("shows the interview type's answer time and its rules, and follows the choice", async () => {
    const { user } = await setup();
    expect(screen.getByRole('heading', { name: 'Live radio: about 30 seconds an answer' })).toBeInTheDocument();
    expect(screen.getByText('One pass only: no lists of figures.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Interview type/ }), 'Hostile doorstep');
    expect(screen.getByRole('heading', { name: 'Hostile doorstep: about 10 seconds an answer' })).toBeInTheDocument();
    expect(screen.getByText('Never give your address or location.')).toBeInTheDocument();
  });

  it('starts a session with the chosen type, count, categories and mode', async () => {
    const { studio, ambassadorId, cohortId, user, onStarted } = await setup();
    await user.selectOptions(screen.getByRole('combobox', { name: /Interview type/ }), 'TV soundbite');
    const count = screen.getByRole('textbox', { name: /Number of questions/ });
    await user.clear(count);
    await user.type(count, '2');
    await user.click(screen.getByRole('checkbox', { name: 'Hostile' }));
    await user.click(screen.getByRole('radio', { name: /Random questions/ }));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));

    await vi.waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(studio.api.callsTo('rehearsal:start')).toEqual([
      { ambassadorId, interviewType: 'tv-soundbite', mode: 'random', count: 2, categories: ['hostile'] },
    ]);
    const started = onStarted.mock.calls[0]![0];
    expect(started.questionIds).toHaveLength(2);
    // Random picking: two different hostile questions of this cohort, in whatever order.
    expect(new Set(started.questionIds).size).toBe(2);
    const bank = new Map(studio.services.questions.active(cohortId).map((q) => [q.id, q]));
    for (const id of started.questionIds) expect(bank.get(id)?.category).toBe('hostile');
    expect(studio.services.rehearsal.list(ambassadorId)).toEqual([
      expect.objectContaining({
        id: started.id,
        interviewType: 'tv-soundbite',
        mode: 'random',
        questionIds: started.questionIds,
      }),
    ]);
  });

  it("offers a trainer's set only when one exists, and starts with it", async () => {
    const { studio, ambassadorId, cohortId, user } = await setup('trainer');
    const setRadio = screen.getByRole('radio', { name: /A trainer's set/ });
    expect(setRadio).toBeDisabled();
    expect(screen.getByText('Your trainer has not made a set yet.')).toBeInTheDocument();

    const ids = studio.services.questions
      .active(cohortId)
      .slice(0, 2)
      .map((q) => q.id);
    const saved = studio.services.questions.saveSet({ cohortId, name: 'Day 2 hot seat', questionIds: ids });
    // A fresh render picks up the new set.
    renderWithStudio(
      <SessionSetup ambassadorId={ambassadorId} cohortId={cohortId} onStarted={() => undefined} />,
      studio,
    );
    const forms = await screen.findAllByRole('form', { name: 'Set up a practice session' });
    const form = within(forms[1]!);
    await vi.waitFor(() => expect(form.getByRole('radio', { name: /A trainer's set/ })).toBeEnabled());
    await user.click(form.getByRole('radio', { name: /A trainer's set/ }));
    expect(form.getByRole('combobox', { name: "Trainer's set" })).toHaveDisplayValue('Day 2 hot seat (2 questions)');
    await user.click(form.getByRole('button', { name: 'Start practice' }));
    await vi.waitFor(() => expect(studio.api.callsTo('rehearsal:start')).toHaveLength(1));
    expect(studio.api.callsTo('rehearsal:start')[0]).toMatchObject({ mode: 'set', categories: [], setId: saved.id });
    // A set is played in the trainer's order.
    await vi.waitFor(() => expect(studio.services.rehearsal.list(ambassadorId)).toHaveLength(1));
    expect(studio.services.rehearsal.list(ambassadorId)[0]).toMatchObject({ mode: 'set', questionIds: ids });
  });

  it('asks for a number of questions before starting', async () => {
    const { studio, user } = await setup();
    await user.clear(screen.getByRole('textbox', { name: /Number of questions/ }));
    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose how many questions you want: a number from 1 to 30.');
    expect(studio.api.callsTo('rehearsal:start')).toHaveLength(0);
  });

  it("shows the backend's reason when no questions match", async () => {
    const { studio, ambassadorId, cohortId, user } = await setup('trainer');
    for (const q of studio.services.questions.active(cohortId))
      studio.services.questions.setRetired(cohortId, q.id, true);
    await user.click(screen.getByRole('button', { name: 'Start practice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No questions match those choices.');
    expect(studio.services.rehearsal.list(ambassadorId)).toHaveLength(0);
  });
});
