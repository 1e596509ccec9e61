import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedCohort } from '../../../../main/test-support/seed';
import { useNavigation } from '../../app/navigation';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { takePlanIntent } from './intent';
import { PlanReminder } from './PlanReminder';

function CurrentScreen() {
  return <p data-testid="screen">{useNavigation().screen}</p>;
}

describe('Home’s plan reminder', () => {
  it('sums up today, the media day and the hostile questions, and opens the plan', async () => {
    const studio = await openStudio();
    const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026', mediaDate: '2026-10-10' });
    const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
    const { container } = renderWithStudio(
      <>
        <PlanReminder ambassadorId={amira.id} />
        <CurrentScreen />
      </>,
      studio,
    );
    expect(await screen.findByTestId('plan-reminder')).toHaveTextContent(
      '8 questions to rehearse today · media day in 9 days · hostile questions: 0 of 10 ready',
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Open your plan' }));
    expect(screen.getByTestId('screen')).toHaveTextContent('interview-practice');
    expect(takePlanIntent()).toBe(true);
  });

  it('says when there is no media date', async () => {
    const studio = await openStudio();
    const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: null });
    renderWithStudio(<PlanReminder ambassadorId={amira.id} />, studio);
    expect(await screen.findByTestId('plan-reminder')).toHaveTextContent(/no media date yet/);
  });
});
