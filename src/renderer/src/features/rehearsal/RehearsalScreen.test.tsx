import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../shared/features/access/schemas';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { ModeSwitchButton } from '../access/ModeSwitch';
import RehearsalScreen from './RehearsalScreen';

interface Practice {
  studio: TestStudio;
  ambassadorId: string;
  cohortId: string;
}

/** Amira of the Migrants Day 2026 cohort is the current ambassador; nothing is rendered yet. */
async function seedPractice(role: Role = 'ambassador'): Promise<Practice> {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  // After the seeding: this window opens on Amira's workspace (the starting one) at its first call.
  if (role === 'trainer') await unlockTrainer(studio.api);
  return { studio, ambassadorId: amira.id, cohortId: cohort.id };
}

async function setup(role: Role = 'ambassador') {
  const practice = await seedPractice(role);
  renderWithStudio(<RehearsalScreen />, practice.studio);
  return { ...practice, user: userEvent.setup() };
}

/** Amira's sessions as the backend stored them (newest first). */
function storedSessions({ studio, ambassadorId }: Practice) {
  return studio.services.rehearsal.list(ambassadorId);
}

async function startSession(user: ReturnType<typeof userEvent.setup>, count: string) {
  const box = await screen.findByRole('textbox', { name: /Number of questions/ });
  await user.clear(box);
  await user.type(box, count);
  await user.click(screen.getByRole('radio', { name: /Random questions/ }));
  await user.click(screen.getByRole('button', { name: 'Start practice' }));
  return screen.findByText(`Question 1 of ${count}`);
}

describe('Interview practice session', () => {
  it('times an answer without recording, saves the rating with the chosen grade and the notes, then reports', async () => {
    const { user, ...practice } = await setup();
    const { studio } = practice;
    await startSession(user, '2');
    const firstQuestion = screen.getByRole('heading', { level: 2 }).textContent;

    await user.click(screen.getByRole('switch', { name: 'Record my answers' }));
    await user.click(screen.getByRole('button', { name: 'Start answer' }));
    expect(screen.getByText('Not recording')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    const answer = await screen.findByRole('region', { name: 'Your answer' });
    expect(within(answer).getByText(/Answer time:/)).toBeInTheDocument();
    expect(studio.api.callsTo('rehearsal:saveTake')).toHaveLength(1);
    expect(studio.api.callsTo('rehearsal:saveTake')[0]).not.toHaveProperty('recording');

    await user.click(within(answer).getByRole('checkbox', { name: 'I bridged to a key message' }));
    await user.click(within(answer).getByRole('radio', { name: '4' }));
    expect(within(answer).getByRole('checkbox', { name: 'I finished within time' })).toBeChecked();
    await user.click(within(answer).getByRole('button', { name: 'Hard' }));
    expect(await within(answer).findByText('Rating saved: Hard.')).toBeInTheDocument();
    const [session] = storedSessions(practice);
    const [take] = session!.takes;
    const rating = { bridged: true, usedStory: false, withinTime: true, confidence: 4, grade: 'hard' };
    expect(studio.api.callsTo('rehearsal:rateTake')).toEqual([{ takeId: take!.id, rating }]);
    expect(take!.rating).toEqual(rating);
    expect(take!.hasRecording).toBe(false);

    await user.type(within(answer).getByRole('textbox', { name: 'Notes on this answer' }), 'Say the umbrella first');
    await vi.waitFor(() => expect(storedSessions(practice)[0]!.takes[0]!.notes).toBe('Say the umbrella first'), {
      timeout: 3000,
    });

    // N moves on (focus is not in a text field), the second question is skipped, then the report.
    await user.click(document.body);
    await user.keyboard('n');
    expect(await screen.findByText('Question 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe(firstQuestion);
    await user.click(screen.getByRole('button', { name: 'Finish and see report' }));

    expect(await screen.findByRole('heading', { name: 'Your report' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What went well' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'One thing to focus on next time' })).toBeInTheDocument();
    expect(screen.getByText(/You rated it/)).toHaveTextContent(
      'You rated it Hard, confidence 4 of 5: bridged, not story or example, within time.',
    );
    expect(storedSessions(practice)[0]!.finishedAt).not.toBeNull();
    expect(storedSessions(practice)[0]!.takes).toHaveLength(1);
  });

  it('says clearly when there is no microphone, and carries on timing without recording', async () => {
    const { studio, user } = await setup();
    await startSession(user, '1');
    // jsdom has no microphone and no MediaRecorder, like a browser window that cannot record.
    await user.click(screen.getByRole('button', { name: 'Start recording' }));
    expect(await screen.findByText('Recording is not available here')).toBeInTheDocument();
    expect(screen.getByText('Not recording')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(await screen.findByRole('region', { name: 'Your answer' })).toBeInTheDocument();
    expect(studio.api.callsTo('rehearsal:saveTake')).toHaveLength(1);
    expect(studio.api.callsTo('rehearsal:saveTake')[0]).not.toHaveProperty('recording');
    // Recording is switched off for the rest of the session, so nobody is asked again and again.
    await user.click(screen.getByRole('button', { name: 'Try this question again' }));
    expect(screen.getByRole('button', { name: 'Start answer' })).toBeInTheDocument();
  });

  it('keeps trainer notes on the laptop panel and never in what the stage view is sent', async () => {
    const posted: unknown[] = [];
    const Original = globalThis.BroadcastChannel;
    class SpyChannel {
      onmessage: ((event: MessageEvent) => void) | null = null;
      postMessage(message: unknown) {
        posted.push(message);
      }
      close() {}
    }
    vi.stubGlobal('BroadcastChannel', SpyChannel);
    try {
      const { user, ...practice } = await setup();
      const { studio, cohortId } = practice;
      await startSession(user, '1');
      const [questionId] = storedSessions(practice)[0]!.questionIds;
      const question = studio.services.questions.forCohort(cohortId).find((q) => q.id === questionId)!;
      expect(question.bridgeHint).not.toBe('');
      expect(screen.getByText(question.bridgeHint)).toBeInTheDocument();
      await user.click(screen.getByRole('switch', { name: 'Record my answers' }));
      await user.click(screen.getByRole('button', { name: 'Start answer' }));
      expect(posted.length).toBeGreaterThan(0);
      expect(JSON.stringify(posted)).toContain(JSON.stringify(question.text).slice(1, -1));
      expect(JSON.stringify(posted)).not.toContain(question.bridgeHint.slice(0, 20));
    } finally {
      vi.stubGlobal('BroadcastChannel', Original);
    }
  });

  it('stops an answer at the 5-minute limit with a message, and keeps it', async () => {
    const practice = await seedPractice();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderWithStudio(<RehearsalScreen />, practice.studio);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await startSession(user, '1');
    await user.click(screen.getByRole('switch', { name: 'Record my answers' }));
    await user.click(screen.getByRole('button', { name: 'Start answer' }));
    await act(() => vi.advanceTimersByTimeAsync(300_500));
    expect(await screen.findByText(/That answer reached the 5-minute limit/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your answer' })).toBeInTheDocument();
    expect(practice.studio.api.callsTo('rehearsal:saveTake')).toEqual([
      expect.objectContaining({ durationMs: 300_000 }),
    ]);
    expect(storedSessions(practice)[0]!.takes).toEqual([expect.objectContaining({ durationMs: 300_000 })]);
  });

  it('shows trainer tools only in trainer mode', async () => {
    await setup();
    await screen.findByRole('tab', { name: 'History and progress' });
    expect(screen.queryByRole('tab', { name: 'Questions (trainer)' })).not.toBeInTheDocument();
  });

  it('shows trainer tools in trainer mode', async () => {
    await setup('trainer');
    expect(await screen.findByRole('tab', { name: 'Questions (trainer)' })).toBeInTheDocument();
  });

  it('goes back to practising when trainer mode is left on the trainer’s tab', async () => {
    const practice = await seedPractice('trainer');
    renderWithStudio(
      <>
        <ModeSwitchButton />
        <RehearsalScreen />
      </>,
      practice.studio,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Questions (trainer)' }));
    expect(await screen.findByRole('button', { name: 'Export question pack' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Switch to ambassador mode' }));
    await waitFor(() => expect(screen.queryByRole('tab', { name: 'Questions (trainer)' })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Export question pack' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Practise' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('button', { name: 'Start practice' })).toBeInTheDocument();
  });

  it('deletes a whole session from its report only after confirmation', async () => {
    const { user, ...practice } = await setup();
    await startSession(user, '1');
    await user.click(screen.getByRole('switch', { name: 'Record my answers' }));
    await user.click(screen.getByRole('button', { name: 'Start answer' }));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await screen.findByRole('region', { name: 'Your answer' });
    await user.click(screen.getByRole('button', { name: 'Finish and see report' }));
    await user.click(await screen.findByRole('button', { name: 'Delete this session' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this whole session?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(storedSessions(practice)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete this session' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete session' }));
    expect(await screen.findByRole('heading', { name: 'No practice sessions yet' })).toBeInTheDocument();
    expect(storedSessions(practice)).toHaveLength(0);
  });
});
