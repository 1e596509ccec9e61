import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedHouse, seedQuote, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { Startup } from '../../app/App';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';

/**
 * Amina (current, with a house about a swarm) and Olena (with a quote about a swarm), in the whole app. With
 * `trainer`, trainer mode is unlocked in this window, so the search reaches everyone's work.
 */
async function setup(options: { trainer?: boolean } = {}): Promise<{ studio: TestStudio; olenaId: string }> {
  const studio = await openStudio();
  const { services } = studio;
  seedSettings(services);
  const amina = seedAmbassador(services, { firstName: 'Amina', fullName: 'Amina Yusuf' });
  const olena = seedAmbassador(services, { firstName: 'Olena', fullName: 'Olena Kovalenko' }, { current: false });
  seedHouse(services, amina.id, { title: 'Radio', umbrella: 'Not a swarm, a street party' });
  seedQuote(services, olena.id, { text: 'People, not a swarm.' });
  if (options.trainer) await unlockTrainer(studio.api);
  renderWithStudio(<Startup />, studio);
  return { studio, olenaId: olena.id };
}

const pressCtrlK = () => fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });

/** Once the app is up, Ctrl+K opens the palette. */
async function openPalette(): Promise<HTMLElement> {
  await screen.findByRole('navigation', { name: 'Screens' });
  pressCtrlK();
  return screen.findByRole('dialog', { name: 'Search and go' });
}

describe('Search palette', () => {
  it('opens with Ctrl+K, moves with the arrow keys and opens the chosen quote for its ambassador', async () => {
    const { studio, olenaId } = await setup({ trainer: true });
    const user = userEvent.setup();
    const dialog = await openPalette();
    const box = within(dialog).getByRole('combobox', { name: 'Search' });
    expect(box).toHaveFocus();
    // Before typing, the screens are offered.
    expect(within(dialog).getByRole('option', { name: 'Go to Key messages' })).toBeInTheDocument();

    await user.type(box, 'swarm');
    const listbox = within(dialog).getByRole('listbox', { name: 'Results' });
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(2));
    // Best match first (the search index's ranking): the quote has the word in its title as well as its text.
    const [quote, house] = within(listbox).getAllByRole('option');
    expect(quote).toHaveAttribute('aria-selected', 'true');
    expect(quote).toHaveTextContent('Quote · Olena Kovalenko');
    expect(within(quote as HTMLElement).getByText('swarm', { selector: 'mark' })).toBeInTheDocument();
    expect(house).toHaveTextContent('Message House · Amina Yusuf: Radio');
    expect(within(house as HTMLElement).getByText('swarm', { selector: 'mark' })).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(house).toHaveAttribute('aria-selected', 'true');
    expect(quote).toHaveAttribute('aria-selected', 'false');
    expect(box).toHaveAttribute('aria-activedescendant', house?.id);
    // Down from the last wraps to the first; up from the first wraps to the last.
    await user.keyboard('{ArrowDown}');
    expect(quote).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', quote?.id);
    await user.keyboard('{ArrowUp}');
    expect(house).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Search and go' })).not.toBeInTheDocument());
    // The trainer's window opens Olena's workspace (and new windows start there, as it has no PIN).
    await waitFor(() => expect(studio.services.settings.get().currentAmbassadorId).toBe(olenaId));
    expect(await studio.api['access:state']({})).toMatchObject({ ok: true, value: { ambassadorId: olenaId } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Press quotes' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Quote' }, { timeout: 10_000 })).toHaveValue(
      'People, not a swarm.',
    );
  });

  it('finds only her own work in ambassador mode', async () => {
    await setup();
    const user = userEvent.setup();
    const dialog = await openPalette();
    await user.type(within(dialog).getByRole('combobox', { name: 'Search' }), 'swarm');
    const listbox = within(dialog).getByRole('listbox', { name: 'Results' });
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(1));
    expect(within(listbox).getByRole('option')).toHaveTextContent('Message House · Amina Yusuf: Radio');
    expect(dialog).not.toHaveTextContent('Olena');
  });

  it('goes to a screen by name, and Escape closes it', async () => {
    await setup();
    const user = userEvent.setup();
    let dialog = await openPalette();
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
