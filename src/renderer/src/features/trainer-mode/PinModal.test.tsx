import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedSettings } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { Startup } from '../../app/App';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';

/**
 * The laptop as a new session finds it: the settings say trainer mode; with `trainerPin` a PIN was set earlier,
 * so trainer mode starts locked (the role service never restores the unlock from disk).
 */
async function setup(trainerPin?: string): Promise<TestStudio> {
  const studio = await openStudio();
  const { services } = studio;
  seedAmbassador(services, { firstName: 'Amina' });
  seedSettings(services, { role: 'trainer' });
  if (trainerPin) {
    services.roles.setPin(trainerPin);
    // Setting the PIN unlocked trainer mode for that session; the session ends locked, as a restart leaves it,
    // while the stored settings still say trainer.
    services.roles.switchTo('ambassador');
    services.settings.update({ role: 'trainer' });
  }
  renderWithStudio(<Startup />, studio);
  return studio;
}

describe('Trainer mode and PIN', () => {
  it('with a PIN set, starts locked (whatever the settings say) and unlocks only with the right PIN', async () => {
    const { api, services } = await setup('2468');
    expect(services.settings.get().role).toBe('trainer');
    const user = userEvent.setup();
    // role:state is the source of truth: the settings say trainer, but the PIN keeps it locked this session.
    expect(await screen.findByText('Ambassador mode')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Switch to trainer mode' }));

    const dialog = await screen.findByRole('dialog', { name: 'Unlock trainer mode' });
    const pin = within(dialog).getByLabelText('Trainer PIN');
    expect(pin).toHaveFocus();
    await user.type(pin, '12ab');
    expect(pin).toHaveValue('12');
    await user.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    expect(await within(dialog).findByText('A PIN is 4 to 12 digits.')).toBeInTheDocument();
    expect(api.callsTo('role:switch')).toHaveLength(0);

    await user.clear(pin);
    await user.type(pin, '1111{Enter}');
    expect(await within(dialog).findByText('That PIN is not right. Trainer mode stays locked.')).toBeInTheDocument();
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();
    expect(services.roles.current()).toBe('ambassador');

    await user.type(pin, '2468{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Unlock trainer mode' })).not.toBeInTheDocument());
    expect(await screen.findByText('Trainer mode')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to ambassador mode' })).toBeInTheDocument();
    expect(api.callsTo('role:switch')).toContainEqual({ role: 'trainer', pin: '2468' });
    expect(services.roles.current()).toBe('trainer');
  });

  it('without a PIN switches at once, and Settings sets a PIN that then locks trainer mode', async () => {
    const { services } = await setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Switch to ambassador mode' }));
    expect(await screen.findByText('Ambassador mode')).toBeInTheDocument();
    expect(services.roles.state()).toEqual({ role: 'ambassador', pinSet: false });

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Set a trainer PIN' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a trainer PIN' });
    await user.type(within(dialog).getByLabelText('New PIN'), '2468');
    await user.type(within(dialog).getByLabelText('Type the new PIN again'), '2460');
    await user.click(within(dialog).getByRole('button', { name: 'Save PIN' }));
    expect(await within(dialog).findByText('The two PINs are not the same.')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Type the new PIN again'));
    await user.type(within(dialog).getByLabelText('Type the new PIN again'), '2468{Enter}');
    expect(await screen.findByRole('button', { name: 'Change PIN' })).toBeInTheDocument();
    expect(services.roles.state()).toEqual({ role: 'trainer', pinSet: true });

    // Setting a PIN unlocks trainer mode for this session; switching back to ambassador locks it.
    expect(screen.getByRole('radio', { name: 'Trainer' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Ambassador' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Ambassador' })).toBeChecked());
    await user.click(screen.getByRole('radio', { name: 'Trainer' }));
    expect(await screen.findByRole('dialog', { name: 'Unlock trainer mode' })).toBeInTheDocument();
    expect(services.roles.current()).toBe('ambassador');
  });
});
