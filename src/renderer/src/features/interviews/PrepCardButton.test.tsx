import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InterviewFields } from '../../../../shared/features/interviews/schemas';
import { paperCountPrinter } from '../../../../main/test-support/paper-printer';
import { seedAmbassador, seedHouse } from '../../../../main/test-support/seed';
import type { TestStudioOptions } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { PrepCardButton } from './PrepCardButton';

const REQUEST: InterviewFields = {
  outlet: 'Harbour FM',
  journalist: 'Dana Price',
  angle: 'How volunteers run the Saturday food bank',
  othersInterviewed: '',
  deadline: '',
  broadcast: 'live',
  format: 'live-radio',
  lengthMinutes: 8,
  interviewDate: '2026-10-14',
  runsOn: '',
  nameMode: 'first',
  photo: 'no',
  offLimits: ['My asylum case'],
  legalCheck: 'not-yet',
  notes: '',
};

async function setup(fields: Partial<InterviewFields> = {}, options: TestStudioOptions = {}) {
  const studio = await openStudio(options);
  const amira = seedAmbassador(studio.services, {
    fullName: 'Amira Haddad',
    firstName: 'Amira',
    privateDetails: [{ kind: 'home_town', value: 'Aleppo' }],
  });
  seedHouse(studio.services, amira.id, {
    umbrella: 'People who arrive here want to give back.',
    pillars: [{ id: crypto.randomUUID(), message: 'Volunteers keep the food bank open.', proofs: [] }],
  });
  const request = studio.services.interviews.create(amira.id, { ...REQUEST, ...fields });
  renderWithStudio(<PrepCardButton interviewId={request.id} />, studio);
  return { studio, id: request.id, user: userEvent.setup() };
}

describe('PrepCardButton', { timeout: 60_000 }, () => {
  it('downloads the prep card in browser mode, on A4 unless Letter is chosen', async () => {
    const { studio, id, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Prep card (PDF)' }));
    expect(
      await screen.findByText(
        'The prep card is downloading as “Prep card - Harbour FM.pdf”. Look in your Downloads folder.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'US Letter' }));
    await user.click(screen.getByRole('button', { name: 'Prep card (PDF)' }));
    await waitFor(() => expect(studio.api.callsTo('interview:prepCard')).toHaveLength(2));
    expect(studio.api.callsTo('interview:prepCard')).toEqual([
      { id, paper: 'A4' },
      { id, paper: 'Letter' },
    ]);
  });

  it('says where the desktop app saved it', async () => {
    const saved: string[] = [];
    const savePdf = async (title: string) => {
      saved.push(title);
      return `/home/amira/Documents/${title}.pdf`;
    };
    const { user } = await setup({}, { savePdf });
    await user.click(screen.getByRole('button', { name: 'Prep card (PDF)' }));
    expect(await screen.findByText('Saved to /home/amira/Documents/Prep card - Harbour FM.pdf')).toBeInTheDocument();
    expect(saved).toEqual(['Prep card - Harbour FM']);
  });

  it('is busy while the card prints', async () => {
    let release: () => void = () => undefined;
    const slowPrinter: TestStudioOptions['printer'] = () => ({
      print: (html, options) =>
        new Promise<Uint8Array>((resolve) => {
          release = () => resolve(paperCountPrinter().print(html, options));
        }),
      close: async () => undefined,
    });
    const { user } = await setup({}, { printer: slowPrinter });
    await user.click(screen.getByRole('button', { name: 'Prep card (PDF)' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Prep card (PDF)' })).toBeDisabled());
    release();
    expect(await screen.findByText(/The prep card is downloading/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prep card (PDF)' })).toBeEnabled();
  });

  it('shows the backend’s one-sentence refusal, never the private detail itself', async () => {
    const { user } = await setup({ angle: 'Her journey from Aleppo' });
    await user.click(screen.getByRole('button', { name: 'Prep card (PDF)' }));
    expect(await screen.findByText('The prep card was not made')).toBeInTheDocument();
    expect(screen.getByText(/The angle \(interview request\) contains your home town/)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Aleppo');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
