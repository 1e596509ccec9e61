import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient } from '../../api/mock-client';
import { Startup } from '../../app/App';
import { renderWithProviders } from '../../test-utils/render';

const ID = '11111111-1111-4111-8111-111111111111';

function setup(trainerPin?: string) {
  const api = createMockClient({
    settings: { onboarded: true, currentAmbassadorId: ID, role: 'trainer' },
    ambassadors: [{ id: ID, firstName: 'Amina' }],
    trainerPin,
  });
  renderWithProviders(<Startup />, { api });
  return api;
}

describe('Trainer mode and PIN', () => {
  it('with a PIN set, starts locked (whatever the settings say) and unlocks only with the right PIN', async () => {
    const api = setup('2468');
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

    await user.clear(pin);
    await user.type(pin, '1111{Enter}');
    expect(await within(dialog).findByText('That PIN is not right. Trainer mode stays locked.')).toBeInTheDocument();
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();

    await user.type(pin, '2468{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Unlock trainer mode' })).not.toBeInTheDocument());
    expect(await screen.findByText('Trainer mode')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to ambassador mode' })).toBeInTheDocument();
    expect(api.callsTo('role:switch')).toContainEqual({ role: 'trainer', pin: '2468' });
  });

  it('without a PIN switches at once, and Settings sets a PIN that then locks trainer mode', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Switch to ambassador mode' }));
    expect(await screen.findByText('Ambassador mode')).toBeInTheDocument();

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

    // Setting a PIN unlocks trainer mode for this session; switching back to ambassador locks it.
    expect(screen.getByRole('radio', { name: 'Trainer' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Ambassador' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Ambassador' })).toBeChecked());
    await user.click(screen.getByRole('radio', { name: 'Trainer' }));
    expect(await screen.findByRole('dialog', { name: 'Unlock trainer mode' })).toBeInTheDocument();
  });
});
