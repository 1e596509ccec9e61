import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../api/mock-client';
import { renderWithProviders } from '../test-utils/render';
import { Startup } from './App';
import { SCREEN_STORAGE_KEY } from './navigation';

const ID = '22222222-2222-4222-8222-222222222222';

function onboarded() {
  return createMockClient({
    settings: { onboarded: true, currentAmbassadorId: ID },
    ambassadors: [{ id: ID, firstName: 'Olena', fullName: 'Olena Kovalenko' }],
  });
}

const NAV = ['Home', 'Profile', 'Key messages', 'Press quotes', 'Interview practice', 'Message sheet', 'Trainer', 'Settings'];

describe('App shell', () => {
  it('renders the eight screens as links, in order, with aria-current on the active one', async () => {
    renderWithProviders(<Startup />, { api: onboarded() });
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    const links = Array.from(nav.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(NAV);
    for (const name of NAV) expect(screen.getByRole('link', { name })).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page')).toHaveLength(1);
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1, name: 'Hello, Olena Kovalenko' }));
  });

  it('moves between screens with the links and with Alt+number, and remembers the screen', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Startup />, { api: onboarded() });
    await user.click(await screen.findByRole('link', { name: 'Key messages' }));
    expect(screen.getByRole('link', { name: 'Key messages' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 1, name: 'Key messages' })).toHaveFocus();
    expect(sessionStorage.getItem(SCREEN_STORAGE_KEY)).toBe('key-messages');

    fireEvent.keyDown(document.documentElement, { key: '8', code: 'Digit8', altKey: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });

  it('has a skip link, the ambassador switcher and the mode indicator', async () => {
    renderWithProviders(<Startup />, { api: onboarded() });
    expect(await screen.findByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    const switcher = await screen.findByRole('combobox', { name: 'Current ambassador' });
    expect(switcher).toHaveDisplayValue('Olena Kovalenko');
    expect(screen.getByRole('option', { name: 'New ambassador…' })).toBeInTheDocument();
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Use (dark|light) theme/ })).toBeInTheDocument();
  });

  it('shows the recovery screen, not the app, when the data file is damaged', async () => {
    const api = createMockClient({
      status: {
        state: 'error',
        version: '0.1.0',
        dataDir: '/data',
        dbPath: '/data/ambassador-studio.sqlite',
        code: 'DB_CORRUPT',
        message: 'The database file is damaged.',
      },
    });
    renderWithProviders(<Startup />, { api });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your work could not be opened' })).toBeInTheDocument();
    expect(screen.getByTestId('db-path')).toHaveTextContent('/data/ambassador-studio.sqlite');
    expect(screen.getByText('/data/backups')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('explains a database saved by a newer version', async () => {
    const api = createMockClient({
      status: { state: 'error', version: '0.1.0', dataDir: '/d', dbPath: '/d/a.sqlite', code: 'DB_NEWER', message: 'newer' },
    });
    renderWithProviders(<Startup />, { api });
    expect(await screen.findByText(/saved by a newer version of Ambassador Studio/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing was changed/)).toBeInTheDocument();
  });
});
