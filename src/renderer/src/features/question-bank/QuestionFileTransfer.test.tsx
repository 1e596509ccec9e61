import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMockClient } from '../../../api/mock-client';
import { renderWithProviders } from '../../test-utils/render';
import { packFileName, QuestionFileTransfer } from './QuestionFileTransfer';

const COHORT = '33333333-3333-4333-8333-333333333333';

function setup(role: 'ambassador' | 'trainer' = 'trainer') {
  const api = createMockClient({
    settings: { onboarded: true, role, currentCohortId: COHORT },
    cohorts: [{ id: COHORT, name: 'Migrants Day 2026' }],
  });
  renderWithProviders(<QuestionFileTransfer cohortId={COHORT} />, { api });
  return { api, user: userEvent.setup() };
}

function jsonFile(content: unknown, name = 'pack.json'): File {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const file = new File([text], name, { type: 'application/json' });
  // jsdom's File may lack text(); the component reads the file with it.
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  return file;
}

const VALID_PACK = {
  format: 'ambassador-studio/question-pack',
  version: 1,
  name: 'Day 2',
  questions: [
    { id: '20000000-0000-4000-8000-000000000001', category: 'hostile', difficulty: 3, text: 'Are you taking our jobs?', bridgeHint: 'Bridge to contribution.' },
    { id: '20000000-0000-4000-8000-000000000002', category: 'warmup', difficulty: 1, text: 'What brought you here today?', bridgeHint: '' },
  ],
};

describe('QuestionFileTransfer', () => {
  it("shows the backend's message when a pack is refused, and imports nothing", async () => {
    const { api, user } = setup();
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile({ ...VALID_PACK, questions: [] }));
    expect(await screen.findByText(/That file is not a valid question pack, so nothing was imported: The pack has no questions/)).toBeInTheDocument();
    expect(screen.getByText('Nothing was imported')).toBeInTheDocument();
    expect(api.state.rehearsal.questions.filter((q) => q.source === 'custom')).toHaveLength(0);

    await user.upload(screen.getByLabelText('Question pack file'), jsonFile('{ not json'));
    expect(await screen.findByText('That file is not a question pack: it is not valid JSON.')).toBeInTheDocument();
  });

  it('reports added, updated and unchanged counts, and never doubles a question', async () => {
    const { api, user } = setup();
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile(VALID_PACK));
    expect(await screen.findByText('Imported: 2 added, 0 updated, 0 unchanged.')).toBeInTheDocument();

    const changed = { ...VALID_PACK, questions: [{ ...VALID_PACK.questions[0], text: 'Are migrants taking our jobs?' }, VALID_PACK.questions[1]] };
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile(changed));
    expect(await screen.findByText('Imported: 0 added, 1 updated, 1 unchanged.')).toBeInTheDocument();
    expect(api.state.rehearsal.questions.filter((q) => q.source === 'custom')).toHaveLength(2);
  });

  it('explains that only trainers can import', async () => {
    const { user } = setup('ambassador');
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile(VALID_PACK));
    expect(await screen.findByText('Only a trainer can import questions. Switch to Trainer mode first.')).toBeInTheDocument();
  });

  it('exports the cohort questions as a downloaded .json file', async () => {
    const { api, user } = setup();
    await api['question:importPack']({ cohortId: COHORT, fileText: JSON.stringify(VALID_PACK) });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Export question pack' }));
    expect(await screen.findByText('Exported 2 questions.')).toBeInTheDocument();
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('cohort-questions.json');
    expect(link.href).toMatch(/^blob:/);
    click.mockRestore();
  });

  it('makes safe file names', () => {
    expect(packFileName('Migrants Day 2026 questions')).toBe('migrants-day-2026-questions.json');
    expect(packFileName('../../etc')).toBe('etc.json');
    expect(packFileName('')).toBe('questions.json');
  });
});
