import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DirectApi } from '../../../../main/test-support/direct-client';
import { seedAmbassador, seedQuote, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { SettingsScreen } from '../settings/SettingsScreen';
import { quoteTextHash } from '../../../../shared/features/quotes/text-hash';

/**
 * A shared laptop (chosen at its first run) with Amina, whose workspace this window opens, and Olena. Sam is its
 * trainer; with `trainer`, he has unlocked trainer mode in this window; with `pin`, Amina's workspace has that PIN.
 * Settings is open.
 */
async function setup(
  options: { trainer?: boolean; pin?: string } = {},
): Promise<{ studio: TestStudio; aminaId: string }> {
  const studio = await openStudio();
  await studio.window()['access:setLaptopKind']({ kind: 'shared' });
  seedSettings(studio.services);
  seedAmbassador(studio.services, { firstName: 'Olena' });
  const amina = seedAmbassador(studio.services, { firstName: 'Amina' });
  await unlockTrainer(options.trainer ? studio.api : studio.window());
  if (options.pin) await studio.api['access:setWorkspacePin']({ pin: options.pin });
  renderWithStudio(<SettingsScreen />, studio);
  return { studio, aminaId: amina.id };
}

const section = () => screen.findByRole('region', { name: 'Who is at the keyboard' });

async function stateOf(api: DirectApi) {
  const state = await api['access:state']({});
  if (!state.ok) throw new Error(state.error.message);
  return state.value;
}

describe('Settings: who is at the keyboard', () => {
  it('protects this workspace with a PIN, which another window then needs, and changes it only with the old one', async () => {
    const { studio, aminaId } = await setup();
    const user = userEvent.setup();
    const access = await section();
    expect(access).toHaveTextContent('It does not protect the data file itself');

    await user.click(within(access).getByRole('button', { name: 'Protect my workspace with a PIN' }));
    let dialog = await screen.findByRole('dialog', { name: 'Protect your workspace' });
    const next = within(dialog).getByLabelText('New PIN');
    const again = within(dialog).getByLabelText('Type the new PIN again');
    expect(next).toHaveFocus();
    await user.type(next, '1234{Enter}');
    expect(next).toHaveAccessibleDescription(/Use 6 or more digits, or a passphrase of 10 or more characters\./);
    await user.type(next, '5678');
    await user.type(again, '12345679{Enter}');
    expect(again).toHaveAccessibleDescription('The two are not the same.');
    expect(again).toHaveFocus();
    expect(studio.api.callsTo('access:setWorkspacePin')).toHaveLength(0);
    await user.clear(again);
    await user.type(again, '12345678{Enter}');

    expect(await within(access).findByRole('button', { name: 'Change my PIN' })).toBeInTheDocument();
    expect(within(access).getByText(/Your workspace opens only with your PIN/)).toBeInTheDocument();
    expect(await stateOf(studio.api)).toMatchObject({ ambassadorId: aminaId, workspaceProtected: true });
    const other = studio.window();
    expect((await stateOf(other)).ambassadorId).toBeNull();
    expect(await other['access:enter']({ ambassadorId: aminaId })).toMatchObject({
      ok: false,
      error: { message: 'This workspace is protected. Type its PIN to open it.' },
    });
    expect(await other['access:enter']({ ambassadorId: aminaId, pin: '12345678' })).toMatchObject({ ok: true });

    await user.click(within(access).getByRole('button', { name: 'Change my PIN' }));
    dialog = await screen.findByRole('dialog', { name: 'Change your workspace PIN' });
    const current = within(dialog).getByLabelText('Current PIN');
    expect(current).toHaveFocus();
    await user.type(current, '00000000');
    await user.type(within(dialog).getByLabelText('New PIN'), '87654321');
    await user.type(within(dialog).getByLabelText('Type the new PIN again'), '87654321{Enter}');
    expect(await within(dialog).findByText('That PIN is not right, so nothing changed.')).toBeInTheDocument();
    expect(current).toHaveValue('');
    expect(current).toHaveFocus();
    await user.type(current, '12345678{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await studio.window()['access:enter']({ ambassadorId: aminaId, pin: '87654321' })).toMatchObject({
      ok: true,
    });
  });

  it('lets a trainer remove a forgotten workspace PIN without asking for it', async () => {
    const { studio, aminaId } = await setup({ trainer: true, pin: '11223344' });
    const user = userEvent.setup();
    const access = await section();
    expect(await within(access).findByText(/without the current PIN, if it was forgotten/)).toBeInTheDocument();
    await user.click(within(access).getByRole('button', { name: 'Remove my PIN' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove your workspace PIN' });
    expect(within(dialog).queryByLabelText('Current PIN')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('After this, anyone at this laptop can open this workspace.');
    await user.click(within(dialog).getByRole('button', { name: 'Remove PIN' }));

    expect(await within(access).findByRole('button', { name: 'Protect my workspace with a PIN' })).toBeInTheDocument();
    expect((await stateOf(studio.api)).workspaceProtected).toBe(false);
    expect(await studio.window()['access:enter']({ ambassadorId: aminaId })).toMatchObject({ ok: true });
  });

  it('lets the unlocked trainer change their own name, which the next approval carries', async () => {
    const { studio, aminaId } = await setup({ trainer: true });
    const user = userEvent.setup();
    const access = await section();
    expect(
      await within(access).findByText(/in this window\. Approvals and your comments carry this name/),
    ).toHaveTextContent('You are Sam in this window.');

    await user.click(within(access).getByRole('button', { name: 'Change my name' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change your trainer name' });
    const name = within(dialog).getByRole('textbox', { name: 'Your name' });
    expect(name).toHaveValue('Sam');
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription(/Give your name: approvals are recorded with it\./);
    await user.type(name, 'Sam Okafor{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(access).getByText(/in this window\. Approvals/)).toHaveTextContent(
      'You are Sam Okafor in this window.',
    );
    expect((await stateOf(studio.api)).trainer).toMatchObject({ name: 'Sam Okafor' });
    const quote = seedQuote(studio.services, aminaId, { text: 'Home is people.' }, 'in_review');
    expect(
      await studio.api['quote:transition']({ id: quote.id, action: 'approve', textHash: quoteTextHash(quote) }),
    ).toMatchObject({
      ok: true,
      value: { approvedBy: 'Sam Okafor' },
    });
  });

  it('shows the laptop kind and the lock time read-only to a non-trainer, with the reason', async () => {
    await setup();
    const access = await section();
    const kind = await within(access).findByRole('radiogroup', { name: 'This laptop is' });
    expect(kind).toHaveAccessibleDescription('Only a trainer can change this. Unlock trainer mode first.');
    const shared = within(kind).getByRole('radio', { name: 'Shared or trainer laptop (several ambassadors)' });
    await waitFor(() => expect(shared).toBeChecked());
    for (const radio of within(kind).getAllByRole('radio')) expect(radio).toBeDisabled();

    const minutes = within(access).getByRole('textbox', { name: 'Lock after this many minutes without use' });
    expect(minutes).toHaveAttribute('readonly');
    expect(minutes).toHaveValue('10');
    expect(minutes).toHaveAccessibleDescription('Only a trainer can change this. Unlock trainer mode first.');
    expect(within(access).getByText(/Trainer mode is locked in this window/)).toBeInTheDocument();
    expect(within(access).getByRole('button', { name: 'Unlock trainer mode' })).toBeInTheDocument();
  });

  it('lets a trainer change the lock time (saved once, when the field is left) and says why a kind is refused', async () => {
    const { studio } = await setup({ trainer: true });
    const user = userEvent.setup();
    const access = await section();
    const minutes = within(access).getByRole('textbox', { name: 'Lock after this many minutes without use' });
    expect(minutes).not.toHaveAttribute('readonly');
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.tab();
    expect(minutes).toHaveAccessibleDescription(/Lock after at least 1 minute/);
    await user.clear(minutes);
    await user.type(minutes, '15');
    await user.tab();
    await waitFor(() => expect(studio.api.callsTo('access:setIdleMinutes')).toEqual([{ minutes: 15 }]));
    expect((await stateOf(studio.api)).idleMinutes).toBe(15);
    expect(minutes).toHaveValue('15');

    // Two ambassadors work on this laptop, so it cannot become one person's own.
    await user.click(within(access).getByRole('radio', { name: 'My own laptop (one ambassador)' }));
    expect(
      await screen.findByText(/This laptop holds the work of 2 ambassadors, so it stays shared\./),
    ).toBeInTheDocument();
    expect(within(access).getByRole('radio', { name: 'Shared or trainer laptop (several ambassadors)' })).toBeChecked();
    expect((await stateOf(studio.api)).laptopKind).toBe('shared');
  });
});
