import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedCohort } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { useNavigation } from '../../app/navigation';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { DueToday } from './DueToday';
import { takePracticeIntent } from './intent';

const MINUTE = 60 * 1000;

function CurrentScreen() {
  return <p data-testid="screen">{useNavigation().screen}</p>;
}

/** Practises `count` questions through the real service and rates each "again". */
function practiseAndRateAgain(services: TestStudio['services'], ambassadorId: string, count: number): void {
  const session = services.rehearsal.start({
    ambassadorId,
    interviewType: 'live-radio',
    mode: 'random',
    count,
    categories: [],
  });
  session.questionIds.forEach((questionId, position) => {
    const take = services.rehearsal.saveTake({
      sessionId: session.id,
      questionId,
      position,
      durationMs: 25_000,
      notes: '',
    });
    services.rehearsal.rateTake(take.id, {
      bridged: false,
      usedStory: false,
      withinTime: true,
      confidence: 2,
      grade: 'again',
    });
  });
  services.rehearsal.finish(session.id);
}

describe('DueToday', () => {
  it('counts questions due by spaced repetition and opens a due session', async () => {
    const studio = await openStudio();
    const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
    const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
    // Two questions were rated "again" a while ago: they are due now.
    practiseAndRateAgain(studio.services, amira.id, 2);
    expect(studio.services.rehearsal.dueCount(amira.id)).toBe(0);
    studio.clock.advance(30 * MINUTE);
    renderWithStudio(
      <>
        <DueToday ambassadorId={amira.id} />
        <CurrentScreen />
      </>,
      studio,
    );
    expect(await screen.findByTestId('due-count')).toHaveTextContent('2 questions are due for practice today.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Practise due questions' }));
    expect(screen.getByTestId('screen')).toHaveTextContent('interview-practice');
    expect(takePracticeIntent()).toBe('due');
  });
});
