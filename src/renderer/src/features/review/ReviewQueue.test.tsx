import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../api/mock-client';
import type { Role } from '../../../../shared/features/settings/schemas';
import { renderWithProviders } from '../../test-utils/render';
import { TrainerScreen } from '../trainer/TrainerScreen';

const AMINA = '11111111-1111-4111-8111-111111111111';
const Q1 = '55555555-5555-4555-8555-555555555551';
const Q2 = '55555555-5555-4555-8555-555555555552';

function setup(role: Role) {
  const api = createMockClient({
    settings: { onboarded: true, currentAmbassadorId: AMINA, role, trainerName: 'Sam' },
    ambassadors: [{ id: AMINA, firstName: 'Amina', fullName: 'Amina Yusuf' }],
    quotes: [
      { id: Q1, ambassadorId: AMINA, text: 'We are neighbours.', status: 'in_review' },
      { id: Q2, ambassadorId: AMINA, text: 'Home is people.', status: 'in_review' },
    ],
    comments: [{ targetType: 'quote', targetId: Q1, field: 'variants.soundbite', body: 'Say it slower.' }],
  });
  renderWithProviders(<TrainerScreen />, { api });
  return api;
}

describe('Review queue', () => {
  it('lists quotes in review and open comments, and approves with the trainer’s name', async () => {
    const api = setup('trainer');
    const user = userEvent.setup();
    const quotes = await screen.findAllByTestId('review-quote');
    expect(quotes).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Open comments (1)' })).toBeInTheDocument();
    expect(screen.getByTestId('review-comment')).toHaveTextContent('Amina Yusuf: Quote, soundbite');

    await user.click(within(quotes[0] as HTMLElement).getByRole('button', { name: 'Approve quote by Amina Yusuf' }));
    await waitFor(() => expect(api.state.quotes.find((q) => q.id === Q1)).toMatchObject({ status: 'approved', approvedBy: 'Sam' }));
    await waitFor(() => expect(screen.getAllByTestId('review-quote')).toHaveLength(1));
  });

  it('sends a quote back only with a comment, which is added to the quote', async () => {
    const api = setup('trainer');
    const user = userEvent.setup();
    const [first] = await screen.findAllByTestId('review-quote');
    await user.click(within(first as HTMLElement).getByRole('button', { name: 'Send back quote by Amina Yusuf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this quote back' });
    await user.click(within(dialog).getByRole('button', { name: 'Send back with comment' }));
    expect(await within(dialog).findByText(/Say what should change/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'What should change?' }), 'Add a human detail.');
    await user.click(within(dialog).getByRole('button', { name: 'Send back with comment' }));
    await waitFor(() => expect(api.state.quotes.find((q) => q.id === Q1)?.status).toBe('draft'));
    expect(api.state.comments.at(-1)).toMatchObject({ targetId: Q1, field: 'text', body: 'Add a human detail.', authorName: 'Sam' });
  });

  it('in ambassador mode offers no approval, only the way to switch', async () => {
    setup('ambassador');
    await screen.findAllByTestId('review-quote');
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.getByText('Only a trainer can approve a quote or send it back.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to trainer mode' })).toBeInTheDocument();
  });
});
