import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, TEST_TRAINER_SECRET, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { SettingsScreen } from './SettingsScreen';

describe('Settings', () => {
  it('follows a click on a theme at once (no snapping back while the save is on its way), and stores it', async () => {
    const studio = await openStudio();
    seedAmbassador(studio.services, { firstName: 'Olena' });
    renderWithStudio(<SettingsScreen />, studio);
    const light = await screen.findByRole('radio', { name: 'Light' });
    expect(screen.getByRole('radio', { name: 'Match system' })).toBeChecked();

    fireEvent.click(light);
    // Only the current task's follow-up work (microtasks) may run before the radio shows the choice: no timers.
    const checkedBeforeAnyTimer = await new Promise<boolean>((resolve) => {
      queueMicrotask(() => queueMicrotask(() => resolve((light as HTMLInputElement).checked)));
    });
    expect(checkedBeforeAnyTimer).toBe(true);
    await waitFor(() => expect(studio.services.settings.get().theme).toBe('light'));
    expect(light).toBeChecked();
  });

  it('puts the old theme back and says why when the backend refuses the change', async () => {
    const studio = await openStudio();
    seedAmbassador(studio.services, { firstName: 'Olena' });
    studio.api.override('settings:update', () => ({
      ok: false,
      error: { code: 'DB_UNAVAILABLE', message: 'The disk is full.' },
    }));
    renderWithStudio(<SettingsScreen />, studio);
    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(await screen.findByText('The disk is full.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Match system' })).toBeChecked();
    expect(studio.services.settings.get().theme).toBe('auto');
  });

  it('offers the sample cohort to a trainer only, saying why to anyone else', async () => {
    const studio = await openStudio();
    seedAmbassador(studio.services, { firstName: 'Olena' });
    await unlockTrainer(studio.window());
    renderWithStudio(<SettingsScreen />, studio);
    const load = await screen.findByRole('button', { name: 'Load sample data' });
    await waitFor(() => expect(load).toBeDisabled());
    expect(load).toHaveAccessibleDescription('Only a trainer can add the sample cohort. Unlock trainer mode first.');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Unlock trainer mode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock trainer mode' });
    await user.type(within(dialog).getByLabelText('Trainer PIN or passphrase'), `${TEST_TRAINER_SECRET}{Enter}`);
    await waitFor(() => expect(load).toBeEnabled());
    await user.click(load);
    const confirm = await screen.findByRole('dialog', { name: 'Load sample data?' });
    await user.click(within(confirm).getByRole('button', { name: 'Load sample data' }));
    await waitFor(() => expect(studio.services.ambassadors.list()).toHaveLength(4));
  });
});
