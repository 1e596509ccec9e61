import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createLockedStudio, type LockedStudio } from '../../../../main/test-support/locked-studio';
import { AppProviders, Startup } from '../../app/App';

const BUSY = 'Another copy of Ambassador Studio has this file open; close it, then Try again.';
const studios: LockedStudio[] = [];
afterEach(() => {
  while (studios.length > 0) studios.pop()?.close();
});

async function lockedStudio(): Promise<LockedStudio> {
  const studio = await createLockedStudio();
  studios.push(studio);
  return studio;
}

describe('recovery screen', () => {
  it('makes a recovery copy, and Try again opens the work once the other copy lets go, with no restart', async () => {
    const studio = await lockedStudio();
    const user = userEvent.setup();
    render(
      <AppProviders api={studio.api} env="test">
        <Startup />
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: 'Your work could not be opened' })).toBeInTheDocument();
    expect(screen.getByText(BUSY)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make a recovery copy' }));
    const made = await screen.findByRole('note', { name: 'Recovery copy made' });
    const folder = within(made).getByTestId('recovery-copy-folder').textContent ?? '';
    expect(folder.startsWith(`${studio.dir}/recovery-copy-`)).toBe(true);
    expect(studio.folderMode(folder)).toBe(0o700);
    const files = studio.filesIn(folder);
    expect(files.map((f) => f.name).sort()).toEqual(
      ['ambassador-studio.sqlite', 'ambassador-studio.sqlite-shm', 'ambassador-studio.sqlite-wal'].sort(),
    );
    for (const file of files) expect(file.mode, file.name).toBe(0o600);

    // Still locked: it says so, and stays on this screen.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/It still could not be opened/)).toBeInTheDocument();

    studio.release();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Welcome to Ambassador Studio' })).toBeInTheDocument();
    await waitFor(() => expect(studio.backend.status.state).toBe('ready'));
  });
});
