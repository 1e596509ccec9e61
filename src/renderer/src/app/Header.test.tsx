import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedAmbassador, seedSettings, unlockTrainer } from '../../../main/test-support/seed';
import { renderWithStudio } from '../test-utils/render';
import { openStudio } from '../test-utils/studio';
import { Startup } from './App';
import { HEADER_MEDIUM_BELOW, HEADER_NARROW_BELOW } from './header-width';

/** Makes the window this wide for Mantine's media queries (jsdom lays nothing out, so only max-width counts). */
function windowWidth(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
    const max = /max-width:\s*([\d.]+)em/u.exec(query);
    return {
      matches: max ? width <= Number(max[1]) * 16 : false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
  });
}

async function shell(options: { trainer: boolean }) {
  const studio = await openStudio();
  seedSettings(studio.services);
  seedAmbassador(studio.services, { firstName: 'Olena', fullName: 'Olena Kovalenko' });
  if (options.trainer) await unlockTrainer(studio.api);
  renderWithStudio(<Startup />, studio);
  const banner = await screen.findByRole('banner');
  return { studio, banner };
}

afterEach(() => vi.restoreAllMocks());

describe('Header at different window widths', () => {
  it('at 1024 px folds trainer mode’s two buttons into one menu that says which mode this is', async () => {
    windowWidth(1024);
    const { banner } = await shell({ trainer: true });
    const user = userEvent.setup();
    const menuButton = await within(banner).findByRole('button', { name: 'Trainer mode: Sam' });
    expect(within(banner).queryByRole('button', { name: 'Lock now' })).not.toBeInTheDocument();
    // The switcher keeps its name for screen readers, without the words on screen.
    const switcher = within(banner).getByRole('combobox', { name: 'Current ambassador' });
    expect(within(banner).queryByText('Current ambassador')).not.toBeInTheDocument();
    expect(switcher).toHaveDisplayValue('Olena Kovalenko');

    await user.click(menuButton);
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Switch to ambassador mode', 'Lock now']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Lock now' }));

    // Locked: one way back in is left, so the badge and its button return, and focus is not lost with the menu.
    const unlock = await within(banner).findByRole('button', { name: 'Switch to trainer mode' });
    expect(within(banner).getByText('Ambassador mode')).toBeInTheDocument();
    await waitFor(() => expect(unlock).toHaveFocus());
  });

  it('at 1024 px in ambassador mode keeps the mode and its one button side by side', async () => {
    windowWidth(1024);
    const { banner } = await shell({ trainer: false });
    expect(await within(banner).findByRole('button', { name: 'Switch to trainer mode' })).toBeInTheDocument();
    expect(within(banner).getByText('Ambassador mode')).toBeInTheDocument();
    expect(within(banner).queryByRole('button', { name: /Ambassador mode/ })).not.toBeInTheDocument();
  });

  it('between the breakpoints shows every button but hides the switcher’s words', async () => {
    windowWidth(HEADER_NARROW_BELOW + 80);
    const { banner } = await shell({ trainer: true });
    expect(await within(banner).findByRole('button', { name: 'Switch to ambassador mode' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Lock now' })).toBeInTheDocument();
    expect(within(banner).getByText('Trainer mode: Sam')).toBeInTheDocument();
    expect(within(banner).queryByText('Current ambassador')).not.toBeInTheDocument();
  });

  it('wide, shows the switcher’s label too', async () => {
    windowWidth(HEADER_MEDIUM_BELOW + 10);
    const { banner } = await shell({ trainer: true });
    expect(await within(banner).findByText('Current ambassador')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Lock now' })).toBeInTheDocument();
  });
});
