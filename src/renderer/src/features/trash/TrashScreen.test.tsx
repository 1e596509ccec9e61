import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedQuote, unlockTrainer } from '../../../../main/test-support/seed';
import { useApi } from '../../api/ApiProvider';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { daysLeft } from './format';
import { notifyMovedToTrash } from './notifyMovedToTrash';
import { TrashScreen } from './TrashScreen';

async function ambassadorStudio() {
  const studio = await openStudio();
  const wei = seedAmbassador(studio.services, { fullName: 'Wei Zhang' });
  await studio.api['access:enter']({ ambassadorId: wei.id });
  return { studio, wei };
}

function UndoButton({ what, trashId }: { what: string; trashId: string }) {
  const api = useApi();
  return (
    <button type="button" onClick={() => notifyMovedToTrash(api, what, trashId)}>
      Say it
    </button>
  );
}

describe('the Trash screen', () => {
  it('says what the Trash is for when it is empty', async () => {
    const { studio } = await ambassadorStudio();
    renderWithStudio(<TrashScreen />, studio);
    expect(await screen.findByRole('heading', { name: 'The Trash is empty' })).toBeInTheDocument();
  });

  it('lists a deleted quote, puts it back, and deletes another for good after asking', async () => {
    const { studio, wei } = await ambassadorStudio();
    const kept = seedQuote(studio.services, wei.id, { text: 'Care is work.' });
    const gone = seedQuote(studio.services, wei.id, { text: 'A sentence I regret.' });
    studio.services.quotes.remove(kept.id, 'Wei Zhang');
    studio.services.quotes.remove(gone.id, 'Wei Zhang');
    const user = userEvent.setup();
    renderWithStudio(<TrashScreen />, studio);

    const table = await screen.findByRole('table', { name: 'Deleted items' });
    expect(within(table).getAllByText(/by Wei Zhang$/)).toHaveLength(2);
    // The test backend's clock is not the page's, so the expected words come from the same rule the screen uses.
    const [first] = studio.services.trash.list(wei.id);
    expect(within(table).getAllByText(daysLeft(first!.expiresAt, new Date()))).toHaveLength(2);
    await user.click(within(table).getByRole('button', { name: 'Put back Press quote: Care is work.' }));
    expect(await screen.findByText('“Care is work.” is back.')).toBeInTheDocument();
    expect(studio.services.quotes.get(kept.id).text).toBe('Care is work.');

    await user.click(screen.getByRole('button', { name: 'Delete for good Press quote: A sentence I regret.' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete for good?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByRole('heading', { name: 'The Trash is empty' })).toBeInTheDocument();
    expect(studio.services.trash.list(null)).toEqual([]);
  });

  it('shows a trainer whose work each item was, and empties all of it after asking', async () => {
    const studio = await openStudio();
    const wei = seedAmbassador(studio.services, { fullName: 'Wei Zhang' });
    const amira = seedAmbassador(studio.services, { fullName: 'Amira Haddad' });
    studio.services.quotes.remove(seedQuote(studio.services, wei.id, { text: 'One' }).id, 'Wei Zhang');
    studio.services.quotes.remove(seedQuote(studio.services, amira.id, { text: 'Two' }).id, 'Amira Haddad');
    await unlockTrainer(studio.api);
    const user = userEvent.setup();
    renderWithStudio(<TrashScreen />, studio);

    const table = await screen.findByRole('table', { name: 'Deleted items' });
    await waitFor(() => expect(within(table).getByText('Amira Haddad')).toBeInTheDocument());
    expect(within(table).getByText('Wei Zhang')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Empty the Trash' }));
    const dialog = await screen.findByRole('dialog', { name: 'Empty the Trash?' });
    await user.click(within(dialog).getByRole('button', { name: 'Empty the Trash' }));
    expect(await screen.findByText('The Trash is empty (2 removed for good).')).toBeInTheDocument();
  });

  it('does not show an ambassador anyone else’s deleted work', async () => {
    const { studio, wei } = await ambassadorStudio();
    const amira = seedAmbassador(studio.services, { fullName: 'Amira Haddad' }, { current: false });
    studio.services.quotes.remove(seedQuote(studio.services, amira.id, { text: 'Not yours' }).id, 'Amira Haddad');
    studio.services.quotes.remove(seedQuote(studio.services, wei.id, { text: 'Yours' }).id, 'Wei Zhang');
    renderWithStudio(<TrashScreen />, studio);
    const table = await screen.findByRole('table', { name: 'Deleted items' });
    expect(within(table).getByText('Yours')).toBeInTheDocument();
    expect(within(table).queryByText('Not yours')).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: 'Whose' })).toBeNull();
  });

  it('offers Undo right after a delete, which puts the item back', async () => {
    const { studio, wei } = await ambassadorStudio();
    const quote = seedQuote(studio.services, wei.id, { text: 'Oops.' });
    const trashId = studio.services.quotes.remove(quote.id, 'Wei Zhang');
    const user = userEvent.setup();
    renderWithStudio(<UndoButton what="The draft" trashId={trashId} />, studio);
    await user.click(screen.getByRole('button', { name: 'Say it' }));
    expect(await screen.findByText('The draft stays in the Trash for 30 days.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('The draft is back.')).toBeInTheDocument();
    expect(studio.services.quotes.get(quote.id).text).toBe('Oops.');
  });
});
