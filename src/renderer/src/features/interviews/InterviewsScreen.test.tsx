import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { debriefFields, seedInterview } from '../../../../main/test-support/interviews';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../../../main/test-support/seed';
import { SCREEN_STORAGE_KEY } from '../../app/navigation';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { readSessionIntent } from '../rehearsal/intent';
import { InterviewsScreen } from './InterviewsScreen';

async function setup() {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Autumn' });
  const amira = seedAmbassador(studio.services, {
    fullName: 'Amira Haddad',
    cohortId: cohort.id,
    topicsDeclined: ['Religion'],
  });
  return { studio, amira, user: userEvent.setup() };
}

/** Mantine's tags input labels both its box and its text field; typing goes to the field. */
function offLimitsInput(form: HTMLElement): HTMLElement {
  const field = within(form)
    .getAllByLabelText('Topics off limits')
    .find((el) => el.tagName === 'INPUT');
  if (!field) throw new Error('No field for topics off limits');
  return field;
}

async function noAxeViolations(container: HTMLElement) {
  // jsdom lays nothing out, so contrast is checked in the browser (e2e), not here.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('Interviews screen', { timeout: 90_000 }, () => {
  it('explains what to do when a journalist calls, then records a request as a checklist', async () => {
    const { studio, amira, user } = await setup();
    const { container } = renderWithStudio(<InterviewsScreen />, studio);
    expect(await screen.findByText(/you do not have to say yes on the phone/)).toBeInTheDocument();
    await noAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Record a request' }));
    const form = screen.getByRole('form', { name: 'Interview request' });
    expect(within(form).getByRole('group', { name: 'Ask the journalist' })).toBeInTheDocument();
    expect(within(form).getByRole('group', { name: 'Agree before you say yes' })).toBeInTheDocument();
    expect(within(form).getByText(/everything you say is on the record/)).toBeInTheDocument();
    // Nothing is agreed yet, so the legal check starts at "Not yet" with its calm note.
    expect(within(form).getByRole('note')).toHaveTextContent('talk to a legal adviser before you say yes');

    await user.click(within(form).getByRole('button', { name: 'Save request' }));
    expect(await within(form).findByText('Write which outlet the journalist works for.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/Outlet/), 'Harbour FM');
    await user.type(within(form).getByLabelText('What is the story about? (the angle)'), 'Cost to taxpayers');
    await user.click(within(form).getByRole('radio', { name: 'Live' }));
    await user.type(offLimitsInput(form), 'my family{Enter}');
    await user.click(within(form).getByRole('radio', { name: 'Yes, I checked with a legal adviser' }));
    expect(within(form).queryByRole('note')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save request' }));

    expect(await screen.findByRole('heading', { name: 'Harbour FM', level: 2 })).toBeInTheDocument();
    const [stored] = studio.services.interviews.list(amira.id);
    expect(stored).toMatchObject({
      outlet: 'Harbour FM',
      broadcast: 'live',
      offLimits: ['my family'],
      legalCheck: 'done',
    });
    // The suggestions: the hostile one about the angle first, then live quickfire, then the "saying no" ones.
    const suggestions = await screen.findByRole('region', { name: 'Questions to rehearse' });
    expect(await within(suggestions).findByText('What does this cost taxpayers?')).toBeInTheDocument();
    expect(within(suggestions).getByText(/“my family” is off limits/)).toBeInTheDocument();
    expect(within(suggestions).getByText(/Your profile declines “Religion”/)).toBeInTheDocument();
    await noAxeViolations(container);
  });

  it('rehearses exactly the ticked suggestions, in their order, and opens them in Interview practice', async () => {
    const { studio, amira, user } = await setup();
    const request = seedInterview(studio.services, amira.id, { format: 'phone', offLimits: ['religion'] });
    const suggested = studio.services.interviews.suggest(request.id, 8);
    sessionStorage.setItem('ambassador-studio.interviews.open', request.id);
    renderWithStudio(<InterviewsScreen />, studio);
    const region = await screen.findByRole('region', { name: 'Questions to rehearse' });
    const boxes = await within(region).findAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual(suggested.map((_s, i) => i < 3));
    await user.click(boxes[1]!);
    await user.click(boxes[3]!);
    await user.click(within(region).getByRole('button', { name: 'Rehearse these (3)' }));

    await waitFor(() => expect(sessionStorage.getItem(SCREEN_STORAGE_KEY)).toBe('interview-practice'));
    const [session] = studio.services.rehearsal.list(amira.id);
    expect(session).toMatchObject({
      interviewType: 'phone',
      questionIds: [suggested[0]!.questionId, suggested[2]!.questionId, suggested[3]!.questionId],
    });
    expect(readSessionIntent()).toBe(session!.id);
  });

  it('asks for a debrief after the interview, private unless shared', async () => {
    const { studio, amira, user } = await setup();
    const request = seedInterview(studio.services, amira.id, { outlet: 'City Paper', interviewDate: '2026-09-01' });
    sessionStorage.setItem('ambassador-studio.interviews.open', request.id);
    const { container } = renderWithStudio(<InterviewsScreen />, studio);
    const form = await screen.findByRole('form', { name: 'Debrief' });
    expect(within(form).getByText(/your trainer sees only whether you want a follow-up/)).toBeInTheDocument();
    expect(within(form).getByRole('switch', { name: 'Share this debrief with my trainer' })).not.toBeChecked();
    await user.type(within(form).getByLabelText('What was hard'), 'The question about my status');
    await user.click(within(form).getByRole('radio', { name: 'Low' }));
    expect(within(form).getByRole('note')).toHaveTextContent('You do not have to carry this alone');
    await user.click(within(form).getByRole('switch', { name: /follow-up conversation/ }));
    await noAxeViolations(container);
    await user.click(within(form).getByRole('button', { name: 'File debrief' }));
    await waitFor(() =>
      expect(studio.services.interviews.get(request.id).debrief).toMatchObject({
        wasHard: 'The question about my status',
        feeling: 'low',
        wantsFollowUp: true,
        shareWithTrainer: false,
      }),
    );
  });

  it('shows a trainer window only the follow-up flag of a private debrief', async () => {
    const { studio, amira } = await setup();
    const request = seedInterview(studio.services, amira.id, { interviewDate: '2026-09-01' });
    studio.services.interviews.saveDebrief(
      request.id,
      debriefFields({ wasHard: 'Private words', wantsFollowUp: true }),
      false,
    );
    await unlockTrainer(studio.api);
    sessionStorage.setItem('ambassador-studio.interviews.open', request.id);
    renderWithStudio(<InterviewsScreen />, studio);
    const note = await screen.findByRole('note', { name: 'Debrief not shared' });
    expect(note).toHaveTextContent('They asked for a follow-up conversation.');
    expect(screen.queryByText(/Private words/)).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Debrief' })).not.toBeInTheDocument();
  });
});
