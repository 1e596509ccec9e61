import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as FitModule from '../../../../shared/features/message-sheet/fit';
import type { CohortFields } from '../../../../shared/features/cohorts/schemas';
import { paperCountPrinter } from '../../../../main/test-support/paper-printer';
import { seedAmbassador, seedCohort, seedHouse, seedQuote } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { MessageSheetScreen } from './index';

// jsdom lays nothing out: every sheet fits.
vi.mock('../../../../shared/features/message-sheet/fit', async (importOriginal) => {
  const original = await importOriginal<typeof FitModule>();
  return {
    ...original,
    measureSheetFit: vi.fn(() => ({
      fits: true,
      sheets: [{ index: 0, name: 'Amina', fits: true, overflowPx: 0, overflowMm: 0, shorten: [], message: '' }],
    })),
  };
});

/** Amina, whose bio names her employer and whose quote names where she lives; the cohort as given. */
async function setup(cohortFields: Partial<CohortFields> = {}) {
  const studio = await openStudio({ printer: () => paperCountPrinter() });
  const { services } = studio;
  const cohort = seedCohort(services, {
    name: 'Winter cohort',
    organisation: 'Harbour Voices',
    campaign: 'Home',
    hashtag: '#Home',
    ...cohortFields,
  });
  const amina = seedAmbassador(services, {
    cohortId: cohort.id,
    fullName: 'Amina Yusuf',
    firstName: 'Amina',
    nameMode: 'first',
    shortBio: 'Amina works at Northgate-Imaging and sings.',
    privateDetails: [
      { kind: 'employer', value: 'Northgate Imaging' },
      { kind: 'current_location', value: 'Elm Street hostel' },
    ],
  });
  seedHouse(services, amina.id, {
    umbrella: 'Everyone deserves a safe home.',
    pillars: [{ id: crypto.randomUUID(), message: 'Key message text', proofs: [] }],
  });
  seedQuote(services, amina.id, { text: 'The Elm Street hos\u00ADtel is home for now.' }, 'approved', 'Trainer');
  renderWithStudio(<MessageSheetScreen />, studio, { initialScreen: 'message-sheet' });
  const frame = await screen.findByTitle('Preview of the message sheet', {}, { timeout: 10_000 });
  await act(async () => {
    fireEvent.load(frame);
    await Promise.resolve();
  });
  return { studio, amina };
}

describe('Safeguarding check on the Message sheet', () => {
  it('shows the “could identify you” warning for the whole sheet, confirmable on its own, with no field to edit', async () => {
    const { studio, amina } = await setup();
    const user = userEvent.setup();
    const found = await screen.findByRole('list', { name: 'Private items found' });
    expect(found).toHaveTextContent('Short bio contains your employer.');
    expect(found).toHaveTextContent('Quote 1 contains your current location.');
    expect(found).toHaveTextContent(
      'Together, the details on this sheet could identify you: current location (Quote 1) and employer (Short bio).',
    );
    expect(found).not.toHaveTextContent(/Northgate|Elm/u);
    expect(screen.queryByRole('button', { name: /^Edit This sheet/u })).not.toBeInTheDocument();
    expect(screen.getByTestId('gate-status')).toHaveTextContent('3 items to check');

    // Confirm the two details, then the combination: only then may the sheet be shared.
    for (const id of ['bio:employer:0', 'quotes.0:current_location:0']) {
      studio.services.sheets.confirmPrivateItem(amina.id, {}, id, 'Amina Yusuf');
    }
    const items = within(found).getAllByRole('listitem');
    const jigsaw = items.find((li) => li.textContent?.includes('Together')) as HTMLElement;
    await user.click(within(jigsaw).getByRole('button', { name: 'It’s OK to print this…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Print this on your sheet?' });
    expect(dialog).toHaveTextContent('This sheet contains details that together could identify you.');
    expect(dialog).toHaveTextContent('You can take one of these details out instead.');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, print it' }));
    await waitFor(() =>
      expect(studio.api.callsTo('sheet:confirmPrivateItem').at(-1)).toMatchObject({ findingId: 'sheet:jigsaw:0' }),
    );
    expect(
      await screen.findByText('Every private item on this sheet has been checked and agreed.', {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Items you said may be printed' })).toHaveTextContent(
      'This sheet: details that together could identify you.',
    );
  });

  it('sends a finding in the cohort’s details to the Trainer screen', async () => {
    await setup({ hashtag: '#AminaYusufSings' });
    const found = await screen.findByRole('list', { name: 'Private items found' });
    expect(found).toHaveTextContent('Hashtag contains your family name.');
    expect(screen.getByRole('button', { name: 'Edit Hashtag on the Trainer screen (cohort details)' })).toBeEnabled();
  });
});
