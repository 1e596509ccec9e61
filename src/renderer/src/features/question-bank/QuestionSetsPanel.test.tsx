import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedCohort, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { QuestionSetsPanel } from './QuestionSetsPanel';

async function setup() {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  seedSettings(studio.services, { currentCohortId: cohort.id });
  await unlockTrainer(studio.api);
  const questions = studio.services.questions.forCohort(cohort.id);
  renderWithStudio(<QuestionSetsPanel cohortId={cohort.id} questions={questions} />, studio);
  return { studio, cohortId: cohort.id, first: questions[0]!, user: userEvent.setup() };
}

describe('QuestionSetsPanel', () => {
  it('asks for a name and a question, then saves the set and lists it', async () => {
    const { studio, cohortId, first, user } = await setup();
    expect(await screen.findByText(/No sets yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save set' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the set a name, for example “Day 2 hot seat”.');
    await user.type(screen.getByRole('textbox', { name: 'Set name' }), 'Day 2 hot seat');
    await user.click(screen.getByRole('button', { name: 'Save set' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one question.');
    expect(studio.api.callsTo('questionSet:save')).toHaveLength(0);

    await user.click(screen.getByRole('combobox', { name: 'Questions in the set' }));
    await user.click(await screen.findByRole('option', { name: new RegExp(first.text.slice(0, 20)) }));
    await user.click(screen.getByRole('button', { name: 'Save set' }));

    expect(await screen.findByText('Set “Day 2 hot seat” saved.')).toBeInTheDocument();
    expect(studio.services.questions.sets(cohortId)).toEqual([
      expect.objectContaining({ name: 'Day 2 hot seat', questionIds: [first.id] }),
    ]);
    const row = await screen.findByRole('row', { name: /Day 2 hot seat/ });
    expect(within(row).getByRole('cell', { name: '1' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Set name' })).toHaveValue('');
    expect(within(screen.getByRole('form', { name: 'New set' })).queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows the backend's reason when the set is not saved", async () => {
    const { studio, cohortId, first, user } = await setup();
    studio.api.override('questionSet:save', () => ({
      ok: false,
      error: { code: 'DB_UNAVAILABLE', message: 'The disk is full.' },
    }));
    await user.type(screen.getByRole('textbox', { name: 'Set name' }), 'Day 2 hot seat');
    await user.click(screen.getByRole('combobox', { name: 'Questions in the set' }));
    await user.click(await screen.findByRole('option', { name: new RegExp(first.text.slice(0, 20)) }));
    await user.click(screen.getByRole('button', { name: 'Save set' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full.');
    expect(screen.getByRole('textbox', { name: 'Set name' })).toHaveValue('Day 2 hot seat');
    expect(studio.services.questions.sets(cohortId)).toHaveLength(0);
  });
});
