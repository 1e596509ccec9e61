import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { seedAmbassador, seedCohort } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import RehearsalScreen from './RehearsalScreen';

const good = { bridged: true, usedStory: false, withinTime: true, confidence: 4, grade: 'good' } as const;

/**
 * Amira left a 3-question session after answering two questions (the first rated, the second not): as after a
 * reload or a crash, the screen opens fresh on the stored data.
 */
async function interruptedSession(answers: 'two' | 'none' = 'two') {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  const session = studio.services.rehearsal.start({
    ambassadorId: amira.id,
    interviewType: 'live-radio',
    mode: 'random',
    count: 3,
    categories: [],
  });
  if (answers === 'two') {
    const first = studio.services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 21_000,
      notes: '',
    });
    studio.services.rehearsal.rateTake(first.id, good);
    studio.services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[1]!,
      position: 1,
      durationMs: 42_000,
      recording: { mime: 'audio/webm', bytes: new Uint8Array([26, 69, 223, 163, 1, 2, 3]) },
      notes: 'Slower start',
    });
  }
  const questions = studio.services.questions.forCohort(cohort.id);
  const textOf = (index: number) => questions.find((q) => q.id === session.questionIds[index])!.text;
  renderWithStudio(<RehearsalScreen />, studio);
  return { studio, session, textOf, user: userEvent.setup() };
}

describe('an unfinished practice session', () => {
  it('is offered again after a reload and continues where the person was, with the answer and its notes', async () => {
    const { studio, session, textOf, user } = await interruptedSession();
    const offer = await screen.findByRole('region', { name: /Continue your session from .+ \(question 2 of 3\)/ });
    await user.click(within(offer).getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText('Question 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(textOf(1));
    const answer = screen.getByRole('region', { name: 'Your answer' });
    expect(within(answer).getByText(/Answer time:/)).toBeInTheDocument();
    expect(within(answer).getByRole('textbox', { name: 'Notes on this answer' })).toHaveValue('Slower start');
    expect(await within(answer).findByRole('group', { name: 'Listen to your answer' })).toBeInTheDocument();
    expect(within(answer).getByTestId('player-time')).toHaveTextContent('0:00 / 0:42');

    await user.click(within(answer).getByRole('button', { name: 'Hard' }));
    expect(await within(answer).findByText('Rating saved: Hard.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(await screen.findByText('Question 3 of 3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(textOf(2));
    // Nothing was added or lost: the two stored answers, the second now rated.
    const stored = studio.services.rehearsal.get(session.id);
    expect(stored.takes.map((t) => t.rating?.grade ?? null)).toEqual(['good', 'hard']);
    expect(studio.api.callsTo('rehearsal:start')).toHaveLength(0);
  });

  it('can be discarded: answers already given stay in the history, the offer goes', async () => {
    const { studio, session, user } = await interruptedSession();
    const offer = await screen.findByRole('region', { name: /Continue your session/ });
    await user.click(within(offer).getByRole('button', { name: 'Discard it' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: /Continue your session/ })).toBeNull());
    expect(studio.services.rehearsal.get(session.id).finishedAt).not.toBeNull();
    expect(studio.services.rehearsal.get(session.id).takes).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Start practice' })).toBeInTheDocument();
  });

  it('with no answer given yet, is discarded entirely', async () => {
    const { studio, session, user } = await interruptedSession('none');
    const offer = await screen.findByRole('region', { name: /\(question 1 of 3\)/ });
    await user.click(within(offer).getByRole('button', { name: 'Discard it' }));
    await vi.waitFor(() => expect(studio.services.rehearsal.list(session.ambassadorId)).toEqual([]));
  });
});
