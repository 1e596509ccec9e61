import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../api/mock-client';
import { useNavigation } from '../../app/navigation';
import { renderWithProviders } from '../../test-utils/render';
import { DueToday } from './DueToday';
import { takePracticeIntent } from './intent';

const COHORT = '33333333-3333-4333-8333-333333333333';
const AMBASSADOR = '44444444-4444-4444-8444-444444444444';

function CurrentScreen() {
  return <p data-testid="screen">{useNavigation().screen}</p>;
}

describe('DueToday', () => {
  it('counts questions due by spaced repetition and opens a due session', async () => {
    const api = createMockClient({
      settings: { onboarded: true, currentAmbassadorId: AMBASSADOR },
      cohorts: [{ id: COHORT, name: 'Migrants Day 2026' }],
      ambassadors: [{ id: AMBASSADOR, firstName: 'Amira', cohortId: COHORT }],
    });
    // Two questions were rated "again" a while ago: they are due now.
    const [a, b] = api.state.rehearsal.questions;
    api.state.rehearsal.due.set(`${AMBASSADOR}:${a!.id}`, Date.now() - 1000);
    api.state.rehearsal.due.set(`${AMBASSADOR}:${b!.id}`, Date.now() - 1000);
    renderWithProviders(
      <>
        <DueToday ambassadorId={AMBASSADOR} />
        <CurrentScreen />
      </>,
      { api },
    );
    expect(await screen.findByTestId('due-count')).toHaveTextContent('2 questions are due for practice today.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Practise due questions' }));
    expect(screen.getByTestId('screen')).toHaveTextContent('interview-practice');
    expect(takePracticeIntent()).toBe('due');
  });
});
