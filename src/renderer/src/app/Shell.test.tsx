import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador } from '../../../main/test-support/seed';
import { renderWithStudio } from '../test-utils/render';
import { openBrokenStudio, openStudio } from '../test-utils/studio';
import { AppProviders, Startup } from './App';
import { SCREEN_STORAGE_KEY } from './navigation';

async function onboarded() {
  const studio = await openStudio();
  seedAmbassador(studio.services, { firstName: 'Olena', fullName: 'Olena Kovalenko' });
  renderWithStudio(<Startup />, studio);
  return studio;
}

/** The whole app on a data file the real backend refuses to open; it answers every channel with why. */
async function startOnBadFile(kind: 'damaged' | 'newer'): Promise<{ dataDir: string; dbPath: string }> {
  const studio = await openBrokenStudio(kind);
  render(
    <AppProviders api={studio.api} env="test">
      <Startup />
    </AppProviders>,
  );
  const { dataDir, dbPath } = studio.backend.status;
  return { dataDir, dbPath };
}

const NAV = [
  'Home',
  'Profile',
  'Key messages',
  'Press quotes',
  'Interview practice',
  'Interviews',
  'Message sheet',
  'Trainer',
  'Settings',
];

describe('App shell', () => {
  it('renders the nine screens as links, in order, with aria-current on the active one', async () => {
    await onboarded();
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(NAV);
    for (const name of NAV) expect(screen.getByRole('link', { name })).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page')).toHaveLength(1);
    // Home asks for the ambassador after the shell is up, so its heading arrives a moment after the links.
    const hello = await screen.findByRole('heading', { level: 1, name: 'Hello, Olena Kovalenko' });
    expect(screen.getByRole('main')).toContainElement(hello);
  });

  it('moves between screens with the links and with Alt+number, and remembers the screen', async () => {
    const user = userEvent.setup();
    await onboarded();
    await user.click(await screen.findByRole('link', { name: 'Key messages' }));
    expect(screen.getByRole('link', { name: 'Key messages' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 1, name: 'Key messages' })).toHaveFocus();
    expect(sessionStorage.getItem(SCREEN_STORAGE_KEY)).toBe('key-messages');

    fireEvent.keyDown(document.documentElement, { key: '9', code: 'Digit9', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });

  it('has a skip link, the ambassador switcher and the mode indicator', async () => {
    await onboarded();
    expect(await screen.findByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    const switcher = await screen.findByRole('combobox', { name: 'Current ambassador' });
    expect(switcher).toHaveDisplayValue('Olena Kovalenko');
    expect(screen.getByRole('option', { name: 'New ambassador…' })).toBeInTheDocument();
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Use (dark|light) theme/ })).toBeInTheDocument();
  });

  it('shows the recovery screen, not the app, when the data file is damaged', async () => {
    const { dataDir, dbPath } = await startOnBadFile('damaged');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your work could not be opened' })).toBeInTheDocument();
    expect(screen.getByText(/The file that holds your work is damaged/)).toBeInTheDocument();
    expect(screen.getByTestId('db-path')).toHaveTextContent(dbPath);
    const separator = dbPath.charAt(dataDir.length); // the data file sits in the data folder
    expect(screen.getByText(`${dataDir}${separator}backups`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('explains a database saved by a newer version', async () => {
    await startOnBadFile('newer');
    expect(await screen.findByText(/saved by a newer version of Ambassador Studio than this one/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing was changed/)).toBeInTheDocument();
  });
});
