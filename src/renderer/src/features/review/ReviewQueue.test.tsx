import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/features/access/schemas';
import { seedAmbassador, seedComment, seedQuote, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { TrainerScreen } from '../trainer/TrainerScreen';

async function setup(role: Role) {
  const studio = await openStudio();
  const { services } = studio;
  const amina = seedAmbassador(services, { firstName: 'Amina', fullName: 'Amina Yusuf' });
  const q1 = seedQuote(services, amina.id, { text: 'We are neighbours.' }, 'in_review');
  const q2 = seedQuote(services, amina.id, { text: 'Home is people.' }, 'in_review');
  seedComment(services, { targetType: 'quote', targetId: q1.id }, 'variants.soundbite', 'Say it slower.', 'Sam');
  // After the seeding: this window opens on Amina's workspace (the starting one) at its first call.
  if (role === 'trainer') await unlockTrainer(studio.api, 'Sam');
  renderWithStudio(<TrainerScreen />, studio);
  return { studio, q1, q2 };
}

describe('Review queue', () => {
  it('lists quotes in review and open comments, and approves with the trainer’s name', async () => {
    const { studio, q1 } = await setup('trainer');
    const user = userEvent.setup();
    const quotes = await screen.findAllByTestId('review-quote');
    expect(quotes).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Open comments (1)' })).toBeInTheDocument();
    expect(screen.getByTestId('review-comment')).toHaveTextContent('Amina Yusuf: Quote, soundbite');

    const first = quotes.find((q) => q.textContent?.includes('We are neighbours.'));
    await user.click(within(first as HTMLElement).getByRole('button', { name: 'Approve quote by Amina Yusuf' }));
    await waitFor(() =>
      expect(studio.services.quotes.get(q1.id)).toMatchObject({ status: 'approved', approvedBy: 'Sam' }),
    );
    await waitFor(() => expect(screen.getAllByTestId('review-quote')).toHaveLength(1));
  });

  it('sends a quote back only with a comment, which is added to the quote', async () => {
    const { studio, q1 } = await setup('trainer');
    const user = userEvent.setup();
    const quotes = await screen.findAllByTestId('review-quote');
    const first = quotes.find((q) => q.textContent?.includes('We are neighbours.'));
    await user.click(within(first as HTMLElement).getByRole('button', { name: 'Send back quote by Amina Yusuf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this quote back' });
    await user.click(within(dialog).getByRole('button', { name: 'Send back with comment' }));
    expect(await within(dialog).findByText(/Say what should change/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'What should change?' }), 'Add a human detail.');
    await user.click(within(dialog).getByRole('button', { name: 'Send back with comment' }));
    await waitFor(() => expect(studio.services.quotes.get(q1.id).status).toBe('draft'));
    expect(studio.services.comments.list('quote', q1.id).at(-1)).toMatchObject({
      field: 'text',
      body: 'Add a human detail.',
      authorName: 'Sam',
      authorRole: 'trainer',
    });
  });

  it('in ambassador mode offers no approval, only the way to switch', async () => {
    await setup('ambassador');
    await screen.findAllByTestId('review-quote');
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.getByText('Only a trainer can approve a quote or send it back.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to trainer mode' })).toBeInTheDocument();
  });
});
