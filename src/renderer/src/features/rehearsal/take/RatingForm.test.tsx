import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Take } from '../../../../../shared/features/rehearsal/schemas';
import { seedAmbassador, seedCohort, seedSettings } from '../../../../../main/test-support/seed';
import { renderWithStudio } from '../../../test-utils/render';
import { openStudio } from '../../../test-utils/studio';
import { RatingForm } from './RatingForm';

describe('RatingForm', () => {
  it('spins only the pressed grade while the rating is saved, and holds back the others', async () => {
    const studio = await openStudio();
    const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
    const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
    seedSettings(studio.services);
    const session = studio.services.rehearsal.start({
      ambassadorId: amira.id,
      interviewType: 'live-radio',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const take = studio.services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 20_000,
      notes: '',
    });
    // The rating waits until the test lets it through, so the buttons can be seen mid-save.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    studio.api.override('rehearsal:rateTake', async (_input, callReal) => {
      await released;
      return callReal();
    });
    const onRated = vi.fn<(take: Take) => void>();
    renderWithStudio(<RatingForm take={take} onRated={onRated} />, studio);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Hard' }));
    expect(screen.getByRole('button', { name: 'Hard' })).toHaveAttribute('data-loading', 'true');
    for (const other of ['Again', 'Good', 'Easy']) {
      const button = screen.getByRole('button', { name: other });
      expect(button).toBeDisabled();
      expect(button).not.toHaveAttribute('data-loading');
    }

    release();
    await vi.waitFor(() =>
      expect(onRated).toHaveBeenCalledWith(
        expect.objectContaining({ rating: expect.objectContaining({ grade: 'hard' }) }),
      ),
    );
    for (const grade of ['Again', 'Hard', 'Good', 'Easy'])
      expect(screen.getByRole('button', { name: grade })).toBeEnabled();
    expect(studio.services.rehearsal.get(session.id).takes[0]?.rating?.grade).toBe('hard');
  });

  it('after grading, saves every change of the checks and confidence, and stores the last one chosen', async () => {
    const studio = await openStudio();
    const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
    const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
    seedSettings(studio.services);
    const session = studio.services.rehearsal.start({
      ambassadorId: amira.id,
      interviewType: 'live-radio',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const take = studio.services.rehearsal.saveTake({
      sessionId: session.id,
      questionId: session.questionIds[0]!,
      position: 0,
      durationMs: 20_000,
      notes: '',
    });
    // Saves answer slowly and in varying time, as a busy disk would: an early answer must not undo a later choice.
    let calls = 0;
    studio.api.override('rehearsal:rateTake', async (_input, callReal) => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, calls % 2 === 0 ? 60 : 5));
      return callReal();
    });
    let shown = take;
    const onRated = vi.fn<(take: Take) => void>((next) => {
      shown = next;
    });
    renderWithStudio(<RatingForm take={take} onRated={onRated} />, studio);
    const user = userEvent.setup();
    const stored = () => studio.services.rehearsal.get(session.id).takes[0]?.rating;

    await user.click(screen.getByRole('button', { name: 'Good' }));
    await vi.waitFor(() => expect(stored()?.grade).toBe('good'));
    for (const choice of ['2', '5', '1', '4'])
      await user.click(screen.getByRole('radio', { name: new RegExp(`^${choice}`) }));
    await user.click(screen.getByRole('checkbox', { name: 'I used a story or an example' }));
    await user.click(screen.getByRole('radio', { name: /^3/ }));

    await vi.waitFor(() => expect(stored()).toMatchObject({ confidence: 3, usedStory: true, grade: 'good' }));
    await vi.waitFor(() => expect(shown.rating).toMatchObject({ confidence: 3, usedStory: true }));
    expect(screen.getByRole('radio', { name: /^3/ })).toBeChecked();
    // Quiet again: nothing more is on its way that could overwrite the last choice.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stored()).toMatchObject({ confidence: 3, usedStory: true, grade: 'good' });
  });
});
