import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MINUTES } from '../../../../shared/features/access/schemas';
import { seedAmbassador, seedQuote, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { ProfileScreen } from './ProfileScreen';

/** A shared laptop with Amina's workspace open in the window under test. */
async function setup({ trainer }: { trainer: boolean }) {
  const studio = await openStudio();
  if (trainer) await unlockTrainer(studio.api);
  studio.services.access.sharedIfUndecided();
  const amina = seedAmbassador(studio.services, { fullName: 'Amina Yusuf', firstName: 'Amina' });
  seedQuote(studio.services, amina.id, { text: 'We build this town together.' });
  await studio.api['access:enter']({ ambassadorId: amina.id });
  renderWithStudio(<ProfileScreen />, studio);
  return { studio, id: amina.id };
}

describe('Delete for good', () => {
  it('says what is erased, waits for the typed name, then leaves nothing and no workspace', async () => {
    const { studio, id } = await setup({ trainer: true });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete for good…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete Amina Yusuf for good?' });
    expect(dialog).toHaveTextContent('cannot be undone');
    expect(dialog).toHaveTextContent('interview practice: sessions, takes, notes and recordings');
    const confirm = within(dialog).getByRole('button', { name: 'Delete for good' });
    const name = within(dialog).getByRole('textbox', { name: 'Type “Amina Yusuf” to confirm' });
    await user.type(name, 'Amina');
    expect(confirm).toBeDisabled();
    await user.type(name, ' yusuf');
    expect(confirm).toBeEnabled();
    await user.click(confirm);

    expect(await screen.findByText('Nothing about Amina Yusuf is left on this laptop.')).toBeInTheDocument();
    expect(studio.api.callsTo('ambassador:erase')).toEqual([{ id, confirmName: 'Amina yusuf' }]);
    expect(studio.services.ambassadors.list({ includeArchived: true })).toEqual([]);
    expect(studio.services.quotes.list(id)).toEqual([]);
    expect(await screen.findByText('No profile chosen')).toBeInTheDocument();
    expect(studio.services.access.viewer(studio.api.clientId).ambassadorId).toBeNull();
  });

  it('shows an ambassador’s own window on a shared laptop why it cannot, with no way in', async () => {
    const { studio, id } = await setup({ trainer: false });
    const button = await screen.findByRole('button', { name: 'Delete for good…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/only a trainer can delete a profile for good/);
    expect(studio.services.ambassadors.get(id).fullName).toBe('Amina Yusuf');
  });

  it('keeps the dialog open with the backend’s reason when it refuses (trainer mode locked meanwhile)', async () => {
    const { studio, id } = await setup({ trainer: true });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete for good…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Amina Yusuf for good?' });
    await user.type(within(dialog).getByRole('textbox'), 'Amina Yusuf');
    studio.clock.advance((DEFAULT_IDLE_MINUTES + 1) * 60_000);
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));

    await waitFor(() => expect(within(dialog).getByRole('textbox')).toHaveAccessibleDescription(/only a trainer/));
    expect(studio.services.ambassadors.get(id).fullName).toBe('Amina Yusuf');
  });
});
