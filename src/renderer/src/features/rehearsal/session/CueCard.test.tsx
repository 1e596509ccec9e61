import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedHouse } from '../../../../../main/test-support/seed';
import { renderWithStudio } from '../../../test-utils/render';
import { openStudio } from '../../../test-utils/studio';
import { KeyMessagesScreen } from '../../key-messages';
import { CueCard } from './CueCard';

describe('Cue card', () => {
  it('shows the umbrella message edited a moment before on the Key messages screen, without a reload', async () => {
    const studio = await openStudio();
    const { services } = studio;
    const amina = seedAmbassador(services, { firstName: 'Amina', fullName: 'Amina Yusuf' });
    const house = seedHouse(services, amina.id, {
      title: 'Local radio',
      umbrella: 'Everyone deserves a safe home.',
      pillars: [{ id: crypto.randomUUID(), message: 'We build homes together', proofs: [] }],
    });
    // Both on screen at once, as when the cue card stays open while the messages are reworded: one provider tree,
    // one backend, nothing remounted.
    renderWithStudio(
      <>
        <KeyMessagesScreen />
        <CueCard ambassadorId={amina.id} />
      </>,
      studio,
    );
    const card = await screen.findByRole('region', { name: 'Cue card' });
    expect(await within(card).findByText('Everyone deserves a safe home.')).toBeInTheDocument();
    expect(within(card).getByText('We build homes together')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: /^Umbrella message, step/ }));
    const umbrella = await screen.findByRole('textbox', { name: 'Umbrella message' });
    await user.clear(umbrella);
    await user.type(umbrella, 'A safe home is where neighbours start.');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'saved'), {
      timeout: 5000,
    });
    expect(services.houses.get(house.id).umbrella).toBe('A safe home is where neighbours start.');

    // The card shows the new words straight away: it reads the same cached answer the editor's save refreshed.
    expect(screen.getByRole('region', { name: 'Cue card' })).toBe(card);
    expect(within(card).getByText('A safe home is where neighbours start.')).toBeInTheDocument();
    expect(card).not.toHaveTextContent('Everyone deserves a safe home.');
    expect(within(card).getByText('We build homes together')).toBeInTheDocument();
  });
});
