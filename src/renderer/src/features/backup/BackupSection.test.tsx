import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedQuote, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { BackupSection } from './BackupSection';

async function trainerStudio() {
  const studio = await openStudio();
  const amira = seedAmbassador(studio.services, { fullName: 'Amira Haddad' });
  seedQuote(studio.services, amira.id, { text: 'Kept in the backup.' });
  await unlockTrainer(studio.api);
  return { studio, amira };
}

describe('Backups in Settings', () => {
  it('says why an ambassador on a shared laptop cannot manage backups, and offers nothing', async () => {
    const studio = await openStudio();
    seedAmbassador(studio.services, { fullName: 'Amira Haddad' });
    await unlockTrainer(studio.window());
    renderWithStudio(<BackupSection />, studio);
    expect(
      await screen.findByText('On a shared laptop only a trainer can manage backups. Unlock trainer mode first.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
  });

  it('backs up now with a result line, lists it, and restores it after a preview and an explicit yes', async () => {
    const { studio, amira } = await trainerStudio();
    const user = userEvent.setup();
    renderWithStudio(<BackupSection />, studio);
    expect(await screen.findByRole('heading', { name: 'No backups yet' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(/^Backed up .* \(\d+ KB\)\.$/)).toHaveAttribute('role', 'status');
    const table = await screen.findByRole('table', { name: 'Backups on this laptop' });
    expect(within(table).getByText('Backed up by hand')).toBeInTheDocument();

    // Work added after the backup is what the restore takes away (and the safety backup keeps).
    seedQuote(studio.services, amira.id, { text: 'Added after the backup.' });
    const restore = within(table).getByRole('button', { name: /^Restore the backup from / });
    restore.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(await within(dialog).findByText('1 press quote')).toBeInTheDocument();
    expect(within(dialog).getByText('1 ambassador')).toBeInTheDocument();
    expect(within(dialog).getByText('Your current work will be backed up first.')).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Restore backup' });
    expect(confirm).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: /I understand/ }));
    await user.click(confirm);

    expect(await screen.findByText('Backup restored')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore this backup?' })).toBeNull());
    expect(studio.services.quotes.list(amira.id).map((q) => q.text)).toEqual(['Kept in the backup.']);
    expect(studio.services.backup.list().map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    // The restore closed trainer mode in this window too: the section now says why it is out of reach.
    expect(
      await screen.findByText('On a shared laptop only a trainer can manage backups. Unlock trainer mode first.'),
    ).toBeInTheDocument();
  });

  it('shows a backup the app cannot restore with its reason, and no way to go on', async () => {
    const { studio } = await trainerStudio();
    await studio.services.backup.create('daily');
    studio.api.override('backup:preview', () => ({
      ok: false,
      error: { code: 'DB_NEWER', message: 'The backup was saved by a newer version of Ambassador Studio.' },
    }));
    const user = userEvent.setup();
    renderWithStudio(<BackupSection />, studio);
    await user.click(await screen.findByRole('button', { name: /^Restore the backup from / }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(
      await within(dialog).findByText('The backup was saved by a newer version of Ambassador Studio.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Restore backup' })).toBeDisabled();
  });

  it('deletes a backup after asking, and says a failed backup in one sentence', async () => {
    const { studio } = await trainerStudio();
    await studio.services.backup.create('daily');
    const user = userEvent.setup();
    renderWithStudio(<BackupSection />, studio);
    await user.click(await screen.findByRole('button', { name: /^Delete the backup from / }));
    const ask = await screen.findByRole('dialog', { name: 'Delete this backup?' });
    await user.click(within(ask).getByRole('button', { name: 'Delete backup' }));
    expect(await screen.findByRole('heading', { name: 'No backups yet' })).toBeInTheDocument();
    expect(studio.services.backup.list()).toEqual([]);

    studio.api.override('backup:create', () => ({
      ok: false,
      error: {
        code: 'NOT_SAVED',
        message: 'The backup could not be saved (the disk is full); older backups are unchanged.',
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(
      await screen.findByText('The backup could not be saved (the disk is full); older backups are unchanged.'),
    ).toHaveAttribute('role', 'status');
  });

  it('keeps the number of backups it is told, and explains a number out of range', async () => {
    const { studio } = await trainerStudio();
    const user = userEvent.setup();
    renderWithStudio(<BackupSection />, studio);
    const keep = await screen.findByRole('textbox', { name: 'Backups to keep' });
    await waitFor(() => expect(keep).toHaveValue('10'));
    await user.clear(keep);
    await user.type(keep, '0{Enter}');
    expect(await screen.findByText('Keep at least 1 backup')).toBeInTheDocument();
    await user.clear(keep);
    await user.type(keep, '3');
    await user.tab();
    await waitFor(() => expect(studio.services.backup.settings()).toEqual({ keep: 3 }));
  });
});
