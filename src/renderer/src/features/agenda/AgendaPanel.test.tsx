import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AGENDA_TEMPLATE } from '../../../../shared/features/agenda/template';
import { seedAmbassador, seedCohort, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { AgendaPanel } from './AgendaPanel';

const WELLBEING = 'Name the wellbeing contact for both days.';

async function setup(role: 'trainer' | 'ambassador' = 'trainer') {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  seedAmbassador(studio.services, { firstName: 'Amira', cohortId: cohort.id });
  if (role === 'trainer') await unlockTrainer(studio.api);
  renderWithStudio(<AgendaPanel cohort={cohort} />, studio);
  await screen.findByRole('heading', { name: 'Day 1' });
  return { studio, cohortId: cohort.id, user: userEvent.setup() };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('AgendaPanel', { timeout: 60_000 }, () => {
  it('shows a trainer the two-day template with linked exercises and facilitator notes', async () => {
    await setup();
    expect(screen.getByRole('heading', { name: 'Day 2' })).toBeInTheDocument();
    for (const block of AGENDA_TEMPLATE.filter((b) => b.title !== 'Break' && b.title !== 'Lunch')) {
      expect(screen.getAllByText(block.title).length, block.title).toBeGreaterThan(0);
    }
    expect(screen.getByText(new RegExp(WELLBEING))).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Open Interview practice' }).length).toBe(3);
    expect(screen.getByRole('button', { name: 'Add block' })).toBeInTheDocument();
  });

  it('adds, edits, moves and removes a block through the backend', async () => {
    const { studio, cohortId, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Add block' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add block' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.paste('Farewell circle');
    await user.click(within(dialog).getByRole('combobox', { name: 'Day' }));
    await user.click(await screen.findByRole('option', { name: 'Day 2' }));
    const time = within(dialog).getByLabelText(/Start time/);
    await user.clear(time);
    await user.type(time, '17:00');
    await user.click(within(dialog).getByRole('textbox', { name: 'Facilitator notes' }));
    await user.paste('Bring tissues.');
    await user.click(within(dialog).getByRole('button', { name: 'Add block' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Farewell circle')).toBeInTheDocument();
    const added = studio.services.agenda.get(cohortId).blocks.find((b) => b.title === 'Farewell circle')!;
    expect(added).toMatchObject({ day: 2, startMinute: 1020, durationMinutes: 30, notes: 'Bring tissues.' });

    await user.click(screen.getByRole('button', { name: 'Edit “Farewell circle”' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit block' });
    const title = within(edit).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.paste('Closing circle');
    await user.click(within(edit).getByRole('button', { name: 'Save block' }));
    expect(await screen.findByText('Closing circle')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Move “Closing circle” earlier' }));
    await waitFor(() =>
      expect(studio.services.agenda.get(cohortId).blocks.find((b) => b.id === added.id)?.startMinute).toBe(16 * 60),
    );

    await user.click(screen.getByRole('button', { name: 'Remove “Closing circle”' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByText('Closing circle')).not.toBeInTheDocument());
    expect(studio.services.agenda.get(cohortId).blocks).toHaveLength(AGENDA_TEMPLATE.length);
  });

  it('refuses a block that ends after midnight in the form, sending nothing', async () => {
    const { studio, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Add block' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add block' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Late');
    const time = within(dialog).getByLabelText(/Start time/);
    await user.clear(time);
    await user.type(time, '23:50');
    await user.click(within(dialog).getByRole('button', { name: 'Add block' }));
    expect(await within(dialog).findByText(/must end by midnight/)).toBeInTheDocument();
    expect(studio.api.callsTo('agenda:addBlock')).toHaveLength(0);
  });

  it('shows an ambassador the agenda without notes or controls, and prints the wall copy', async () => {
    const { studio, user } = await setup('ambassador');
    expect(screen.getByText('Welcome and safeguarding')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(WELLBEING);
    expect(screen.queryByRole('button', { name: 'Add block' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Start “/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Only a trainer can change the agenda/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print agenda' }));
    expect(
      await screen.findByText(/The agenda is downloading as “Agenda - Migrants Day 2026.pdf”/),
    ).toBeInTheDocument();
    expect(studio.api.callsTo('agenda:exportPdf')).toEqual([{ cohortId: expect.any(String), includeNotes: false }]);
  });

  it('follows the clock for now and next, starts a block by hand, and never sends notes to the projector', async () => {
    const posted: unknown[] = [];
    class SpyChannel {
      onmessage: ((event: MessageEvent) => void) | null = null;
      postMessage(message: unknown) {
        posted.push(message);
      }
      close() {}
    }
    vi.stubGlobal('BroadcastChannel', SpyChannel);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 9, 13, 10, 0, 0));
    const { user } = await setup();
    const now = screen.getByTestId('agenda-now');
    expect(now).toHaveTextContent('Welcome and safeguarding');
    expect(now).toHaveTextContent('15:00 left');
    expect(screen.getByTestId('agenda-next')).toHaveTextContent('Next: Key messages: your Message House');

    await user.click(screen.getByRole('button', { name: 'Start “Press quotes and soundbites” now' }));
    expect(screen.getByTestId('agenda-now')).toHaveTextContent('Press quotes and soundbites');
    expect(screen.getByTestId('agenda-now')).toHaveTextContent('1:30:00 left');
    expect(screen.getByText('Started by hand')).toBeInTheDocument();
    expect(screen.getByTestId('agenda-next')).toHaveTextContent('Next: Break');

    const sent = JSON.stringify(posted);
    expect(sent).toContain('Press quotes and soundbites');
    for (const block of AGENDA_TEMPLATE.filter((b) => b.notes)) expect(sent).not.toContain(block.notes.slice(0, 30));

    await user.click(screen.getByRole('button', { name: 'Back to the clock' }));
    expect(screen.getByTestId('agenda-now')).toHaveTextContent('Welcome and safeguarding');
  });
});
