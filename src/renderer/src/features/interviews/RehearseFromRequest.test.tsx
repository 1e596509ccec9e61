import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedInterview } from '../../../../main/test-support/interviews';
import { seedAmbassador, seedCohort } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { readSessionIntent, setSessionIntent } from '../rehearsal/intent';
import { InterviewPracticeScreen } from '../rehearsal/InterviewPracticeScreen';

describe('Interview practice, opened from an interview request', { timeout: 30_000 }, () => {
  it('opens the session the request started, at its first chosen question', async () => {
    const studio = await openStudio();
    const cohort = seedCohort(studio.services, { name: 'Autumn' });
    const amira = seedAmbassador(studio.services, { fullName: 'Amira Haddad', cohortId: cohort.id });
    const request = seedInterview(studio.services, amira.id, { format: 'phone' });
    const [first, second] = studio.services.interviews.suggest(request.id, 4);
    const session = studio.services.interviews.rehearse(request.id, [second!.questionId, first!.questionId]);
    setSessionIntent(session.id);
    renderWithStudio(<InterviewPracticeScreen />, studio);
    expect(await screen.findByText(second!.text)).toBeInTheDocument();
    await waitFor(() => expect(readSessionIntent()).toBeNull());
  });
});
