import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../../../../main/test-support/seed';
import { renderWithStudio } from '../../../test-utils/render';
import { openStudio } from '../../../test-utils/studio';
import RehearsalScreen from '../RehearsalScreen';
import { HotSeatPanel } from './HotSeatPanel';

const COMMENTS = ['Clear umbrella line.', 'Bridge sooner next time.', 'Calm under pressure.'];

/** Migrants Day 2026 with Amira and Wei; a "Day 2 hot seat" set of three questions, one of them hostile. */
async function trainerWithDeck() {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', fullName: 'Amira Haddad', cohortId: cohort.id });
  seedAmbassador(studio.services, { firstName: 'Wei', fullName: 'Wei Zhang', cohortId: cohort.id }, { current: false });
  const bank = studio.services.questions.active(cohort.id);
  const hostile = bank.find((q) => q.category === 'hostile')!;
  const others = bank.filter((q) => q.category === 'work').slice(0, 2);
  const deck = [others[0]!, hostile, others[1]!];
  studio.services.questions.saveSet({
    cohortId: cohort.id,
    name: 'Day 2 hot seat',
    questionIds: deck.map((q) => q.id),
  });
  await unlockTrainer(studio.api, 'Sam Okafor');
  renderWithStudio(<HotSeatPanel cohort={cohort} />, studio);
  return { studio, cohort, amira, deck, user: userEvent.setup() };
}

describe('HotSeatPanel', () => {
  it('runs three questions for Amira, saves the trainer’s ratings and comments, and Amira reads them', async () => {
    const { studio, amira, deck, user } = await trainerWithDeck();
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Ambassador in the hot seat' }),
      'Amira Haddad',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start from a question set' }), 'Day 2 hot seat (3)');
    const list = await screen.findByRole('list', { name: 'Questions in the deck' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    // Hostile questions are marked for the trainer.
    expect(within(within(list).getAllByRole('listitem')[1]!).getByText('Hostile')).toBeInTheDocument();
    const seconds = screen.getByRole('textbox', { name: 'Seconds for question 1' });
    await user.clear(seconds);
    await user.type(seconds, '20');
    await user.click(screen.getByRole('button', { name: 'Start the hot seat' }));

    for (let i = 0; i < 3; i += 1) {
      expect(await screen.findByText(`Question ${i + 1} of 3`)).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: deck[i]!.text })).toBeInTheDocument();
      if (i === 0) expect(screen.getByRole('timer')).toHaveTextContent('0:20');
      await user.click(screen.getByRole('button', { name: i === 0 ? 'Start recording' : 'Start the clock' }));
      // No microphone in this test window: the answer is timed, not recorded, and the trainer is told so.
      if (i === 0) expect(await screen.findByText('Recording is not available here')).toBeInTheDocument();
      await user.click(await screen.findByRole('button', { name: 'End answer' }));
      const form = await screen.findByRole('form', { name: `Your rating of answer ${i + 1}` });
      await user.click(within(form).getByRole('radio', { name: i === 1 ? '2: Needs work' : '4: Strong' }));
      await user.type(within(form).getByRole('textbox', { name: 'Comment for Amira Haddad' }), COMMENTS[i]!);
      await user.click(within(form).getByRole('button', { name: 'Save rating' }));
      expect(await within(form).findByText(/Saved: [24] of 5/)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: i === 2 ? 'Finish the interview' : 'Next question' }));
    }
    expect(await screen.findByText('Interview finished: 3 answers recorded, 3 rated.')).toBeInTheDocument();

    const [session] = studio.services.rehearsal.list(amira.id);
    expect(session).toMatchObject({ kind: 'hot-seat', runBy: 'Sam Okafor' });
    expect(session!.finishedAt).not.toBeNull();
    expect(session!.takes.map((t) => t.targetSeconds)).toEqual([20, 45, 45]);
    expect(session!.takes.map((t) => t.trainerFeedback?.comment)).toEqual(COMMENTS);

    // Amira, in her own workspace, finds the hot seat in her history with Sam's comments.
    cleanup();
    await studio.api['access:leaveTrainer']({});
    await studio.api['access:enter']({ ambassadorId: amira.id });
    renderWithStudio(<RehearsalScreen />, studio);
    await user.click(await screen.findByRole('tab', { name: 'History and progress' }));
    const history = await screen.findByTestId('session-history');
    expect(within(history).getByText('Hot seat with Sam Okafor: Press conference')).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: /Open report/ }));
    const notes = await screen.findAllByTestId('trainer-feedback');
    expect(notes).toHaveLength(3);
    expect(notes[1]).toHaveTextContent('Sam Okafor rated this answer 2 of 5: Needs work');
    expect(notes[1]).toHaveTextContent('Bridge sooner next time.');
  }, 45_000);

  it('asks for an ambassador and a deck before starting, and marks nothing as started', async () => {
    const { studio, amira, user } = await trainerWithDeck();
    await user.click(await screen.findByRole('button', { name: 'Start the hot seat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose who sits in the hot seat.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ambassador in the hot seat' }), 'Amira Haddad');
    await user.click(screen.getByRole('button', { name: 'Start the hot seat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Put at least one question in the deck.');
    expect(studio.services.rehearsal.list(amira.id)).toHaveLength(0);
  });
});
