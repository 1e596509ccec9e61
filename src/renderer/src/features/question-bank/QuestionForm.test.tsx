import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../../shared/features/question-bank/schemas';
import type { Role } from '../../../../shared/features/access/schemas';
import { seedCohort, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { QuestionForm } from './QuestionForm';

/** The form for a new question, or for the one `existing` stores first. */
async function setup(role: Role = 'trainer', existing?: (studio: TestStudio, cohortId: string) => Question) {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  seedSettings(studio.services, { currentCohortId: cohort.id });
  if (role === 'trainer') await unlockTrainer(studio.api);
  const onSaved = vi.fn<(question: Question) => void>();
  renderWithStudio(
    <QuestionForm cohortId={cohort.id} question={existing?.(studio, cohort.id)} onSaved={onSaved} />,
    studio,
  );
  return { studio, cohortId: cohort.id, onSaved, user: userEvent.setup() };
}

/** The cohort's own questions as the backend stored them. */
function customQuestions(studio: TestStudio, cohortId: string) {
  return studio.services.questions.forCohort(cohortId).filter((q) => q.source === 'custom');
}

describe('QuestionForm', () => {
  it('asks for the question first, then adds it with its hint, category and difficulty', async () => {
    const { studio, cohortId, onSaved, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(screen.getByText('Write the question.')).toBeInTheDocument();
    expect(studio.api.callsTo('question:add')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Question/ }), 'Is it true that you came here for benefits?');
    expect(screen.queryByText('Write the question.')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Bridge hint/ }), 'Bridge to work.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'curveball');
    await user.click(screen.getByRole('radio', { name: '3: tough' }));
    await user.click(screen.getByRole('button', { name: 'Add question' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const content = {
      category: 'curveball',
      difficulty: 3,
      text: 'Is it true that you came here for benefits?',
      bridgeHint: 'Bridge to work.',
    };
    expect(studio.api.callsTo('question:add')).toEqual([{ cohortId, content }]);
    expect(customQuestions(studio, cohortId)).toEqual([expect.objectContaining(content)]);
  });

  it('edits one of the cohort’s own questions', async () => {
    const { studio, cohortId, onSaved, user } = await setup('trainer', ({ services }, id) =>
      services.questions.add(id, {
        category: 'hostile',
        difficulty: 2,
        text: 'Are you taking our jobs?',
        bridgeHint: '',
      }),
    );
    const box = screen.getByRole('textbox', { name: /Question/ });
    expect(box).toHaveValue('Are you taking our jobs?');
    await user.clear(box);
    await user.type(box, 'Are migrants taking our jobs?');
    await user.click(screen.getByRole('button', { name: 'Save question' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(customQuestions(studio, cohortId).map((q) => q.text)).toEqual(['Are migrants taking our jobs?']);
  });

  it("shows the backend's refusal on the question, and its field issues on their fields", async () => {
    const { studio, cohortId, onSaved, user } = await setup('ambassador');
    await user.type(screen.getByRole('textbox', { name: /Question/ }), 'What brought you here today?');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(await screen.findByText('Only a trainer can add questions. Unlock trainer mode first.')).toBeInTheDocument();
    expect(customQuestions(studio, cohortId)).toHaveLength(0);

    studio.api.override('question:add', () => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Check the question.',
        issues: [{ path: 'content.bridgeHint', message: 'The hint is too long.' }],
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    expect(await screen.findByText('The hint is too long.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Bridge hint/ })).toHaveAccessibleDescription(/The hint is too long\./);
    expect(onSaved).not.toHaveBeenCalled();
  });
});
