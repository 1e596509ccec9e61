import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../../shared/features/access/schemas';
import { seedCohort, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { questionFileName, QuestionFileTransfer } from './QuestionFileTransfer';

async function setup(role: Role = 'trainer') {
  const studio = await openStudio();
  const cohort = seedCohort(studio.services, { name: 'Migrants Day 2026' });
  seedSettings(studio.services, { currentCohortId: cohort.id });
  if (role === 'trainer') await unlockTrainer(studio.api);
  renderWithStudio(<QuestionFileTransfer cohortId={cohort.id} />, studio);
  return { studio, cohortId: cohort.id, user: userEvent.setup() };
}

/** The cohort's own questions as the backend stored them. */
function customQuestions(studio: TestStudio, cohortId: string) {
  return studio.services.questions.forCohort(cohortId).filter((q) => q.source === 'custom');
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
    {
      id: '20000000-0000-4000-8000-000000000001',
      category: 'hostile',
      difficulty: 3,
      text: 'Are you taking our jobs?',
      bridgeHint: 'Bridge to contribution.',
    },
    {
      id: '20000000-0000-4000-8000-000000000002',
      category: 'warmup',
      difficulty: 1,
      text: 'What brought you here today?',
      bridgeHint: '',
    },
  ],
};

describe('QuestionFileTransfer', () => {
  it("shows the backend's message when a pack is refused, and imports nothing", async () => {
    const { studio, cohortId, user } = await setup();
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile({ ...VALID_PACK, questions: [] }));
    expect(
      await screen.findByText(
        /That file is not a valid question pack, so nothing was imported: The pack has no questions/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Nothing was imported')).toBeInTheDocument();
    expect(customQuestions(studio, cohortId)).toHaveLength(0);

    await user.upload(screen.getByLabelText('Question pack file'), jsonFile('{ not json'));
    expect(await screen.findByText('That file is not a question pack: it is not valid JSON.')).toBeInTheDocument();
    expect(customQuestions(studio, cohortId)).toHaveLength(0);
  });

  it('reports added, updated and unchanged counts, and never doubles a question', async () => {
    const { studio, cohortId, user } = await setup();
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile(VALID_PACK));
    expect(await screen.findByText('Imported: 2 added, 0 updated, 0 unchanged.')).toBeInTheDocument();

    const changed = {
      ...VALID_PACK,
      questions: [{ ...VALID_PACK.questions[0], text: 'Are migrants taking our jobs?' }, VALID_PACK.questions[1]],
    };
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile(changed));
    expect(await screen.findByText('Imported: 0 added, 1 updated, 1 unchanged.')).toBeInTheDocument();
    const stored = customQuestions(studio, cohortId);
    expect(stored).toHaveLength(2);
    expect(stored.find((q) => q.id === VALID_PACK.questions[0]!.id)?.text).toBe('Are migrants taking our jobs?');
  });

  it('explains that only trainers can import', async () => {
    const { studio, cohortId, user } = await setup('ambassador');
    await user.upload(screen.getByLabelText('Question pack file'), jsonFile(VALID_PACK));
    expect(
      await screen.findByText('Only a trainer can import questions. Unlock trainer mode first.'),
    ).toBeInTheDocument();
    expect(customQuestions(studio, cohortId)).toHaveLength(0);
  });

  it('exports the cohort questions as a downloaded .json file', async () => {
    const { studio, cohortId, user } = await setup();
    studio.services.questions.importFile(cohortId, JSON.stringify(VALID_PACK));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await user.click(screen.getByRole('button', { name: 'Export question pack' }));
      expect(await screen.findByText('Exported 2 questions.')).toBeInTheDocument();
      const link = click.mock.contexts[0] as HTMLAnchorElement;
      // The file is named after the cohort ("Migrants Day 2026 questions").
      expect(link.download).toBe('migrants-day-2026-questions.json');
      expect(link.href).toMatch(/^blob:/);
    } finally {
      click.mockRestore();
    }
  });

  it('makes safe file names', () => {
    expect(questionFileName('Migrants Day 2026 questions')).toBe('migrants-day-2026-questions.json');
    expect(questionFileName('../../etc')).toBe('etc.json');
    expect(questionFileName('')).toBe('questions.json');
  });
});
