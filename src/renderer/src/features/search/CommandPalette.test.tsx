import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../api/mock-client';
import { Startup } from '../../app/App';
import { renderWithProviders } from '../../test-utils/render';

const AMINA = '11111111-1111-4111-8111-111111111111';
const OLENA = '22222222-2222-4222-8222-222222222222';
const QUOTE = '55555555-5555-4555-8555-555555555555';

function setup() {
  const api = createMockClient({
    settings: { onboarded: true, currentAmbassadorId: AMINA },
    ambassadors: [
      { id: AMINA, firstName: 'Amina', fullName: 'Amina Yusuf' },
      { id: OLENA, firstName: 'Olena', fullName: 'Olena Kovalenko' },
    ],
    houses: [{ ambassadorId: AMINA, title: 'Radio', umbrella: 'Not a swarm, a street party' }],
    quotes: [{ id: QUOTE, ambassadorId: OLENA, text: 'People, not a swarm.' }],
  });
  renderWithProviders(<Startup />, { api });
  return api;
}

const pressCtrlK = () => fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });

describe('Search palette', () => {
  it('opens with Ctrl+K, moves with the arrow keys and opens the chosen quote for its ambassador', async () => {
    const api = setup();
    const user = userEvent.setup();
    await screen.findByRole('navigation', { name: 'Screens' });
    pressCtrlK();
    const dialog = await screen.findByRole('dialog', { name: 'Search and go' });
    const box = within(dialog).getByRole('combobox', { name: 'Search' });
    expect(box).toHaveFocus();
    // Before typing, the screens are offered.
    expect(within(dialog).getByRole('option', { name: 'Go to Key messages' })).toBeInTheDocument();

    await user.type(box, 'swarm');
    const listbox = within(dialog).getByRole('listbox', { name: 'Results' });
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(2));
    const [house, quote] = within(listbox).getAllByRole('option');
    expect(house).toHaveAttribute('aria-selected', 'true');
    expect(house).toHaveTextContent('Message House · Amina Yusuf: Radio');
    expect(quote).toHaveTextContent('Quote · Olena Kovalenko');
    expect(within(quote as HTMLElement).getByText('swarm', { selector: 'mark' })).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(quote).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', quote?.id);
    await user.keyboard('{ArrowDown}');
    expect(house).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Search and go' })).not.toBeInTheDocument());
    await waitFor(() => expect(api.state.settings.currentAmbassadorId).toBe(OLENA));
    expect(await screen.findByRole('heading', { level: 1, name: 'Press quotes' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Quote' }, { timeout: 10_000 })).toHaveValue('People, not a swarm.');
  });

  it('goes to a screen by name, and Escape closes it', async () => {
    setup();
    const user = userEvent.setup();
    await screen.findByRole('navigation', { name: 'Screens' });
    pressCtrlK();
    let dialog = await screen.findByRole('dialog', { name: 'Search and go' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Search and go' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Search (Ctrl+K)' }));
    dialog = await screen.findByRole('dialog', { name: 'Search and go' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Search' }), 'settings');
    expect(within(dialog).getByRole('option', { name: 'Go to Settings' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });
});
