import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedSettings, TEST_TRAINER_SECRET, unlockTrainer } from '../../../../main/test-support/seed';
import type { DirectApi } from '../../../../main/test-support/direct-client';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { ModeBadge, ModeSwitchButton } from './ModeSwitch';

const WRONG = 'That PIN or passphrase is not right. Trainer mode stays locked.';

/** The header's mode controls, for the window `api` stands for. */
function renderHeader(studio: TestStudio, api: DirectApi = studio.api) {
  return renderWithStudio(
    <header>
      <ModeBadge />
      <ModeSwitchButton />
    </header>,
    { ...studio, api },
  );
}

/** Amina's workspace opens in new windows; with `trainer`, Sam has set up trainer mode (in a window of his own). */
async function setup(options: { trainer?: boolean } = { trainer: true }): Promise<TestStudio> {
  const studio = await openStudio();
  seedSettings(studio.services);
  seedAmbassador(studio.services, { firstName: 'Amina' });
  if (options.trainer) await unlockTrainer(studio.window());
  return studio;
}

async function stateOf(api: DirectApi) {
  const state = await api['access:state']({});
  if (!state.ok) throw new Error(state.error.message);
  return state.value;
}

async function openUnlockDialog(user: ReturnType<typeof userEvent.setup>, within_: HTMLElement = document.body) {
  await user.click(await within(within_).findByRole('button', { name: 'Switch to trainer mode' }));
  return within(within_).findByRole('dialog', { name: 'Unlock trainer mode' });
}

describe('Trainer mode from the header', () => {
  it('unlocks only with a trainer’s secret, shows the backend’s reason for a wrong one, and names the trainer', async () => {
    const studio = await setup();
    renderHeader(studio);
    const user = userEvent.setup();
    expect(await screen.findByText('Ambassador mode')).toBeInTheDocument();

    const dialog = await openUnlockDialog(user);
    const secret = within(dialog).getByLabelText('Trainer PIN or passphrase');
    expect(secret).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    expect(secret).toHaveAccessibleDescription(/Type the trainer PIN or passphrase\./);
    expect(studio.api.callsTo('access:unlockTrainer')).toHaveLength(0);

    await user.type(secret, '999999{Enter}');
    expect(await within(dialog).findByText(WRONG)).toBeInTheDocument();
    // A wrong secret does not stay in the field; focus is back there to type again.
    expect(secret).toHaveValue('');
    expect(secret).toHaveFocus();
    expect(secret).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();
    expect((await stateOf(studio.api)).trainer).toBeNull();

    await user.type(secret, `${TEST_TRAINER_SECRET}{Enter}`);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Unlock trainer mode' })).not.toBeInTheDocument());
    expect(await screen.findByText('Trainer mode: Sam')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to ambassador mode' })).toBeInTheDocument();
    expect(studio.api.callsTo('access:unlockTrainer')).toEqual([{ secret: '999999' }, { secret: TEST_TRAINER_SECRET }]);
    expect((await stateOf(studio.api)).trainer).toMatchObject({ name: 'Sam' });
  });

  it('unlocks one window only: another window stays locked, and Lock now locks this one again', async () => {
    const studio = await setup();
    const other = studio.window();
    const first = renderHeader(studio).container;
    const second = renderHeader(studio, other).container;
    const user = userEvent.setup();

    const dialog = await openUnlockDialog(user, first);
    await user.type(within(dialog).getByLabelText('Trainer PIN or passphrase'), `${TEST_TRAINER_SECRET}{Enter}`);
    expect(await within(first).findByText('Trainer mode: Sam')).toBeInTheDocument();
    expect(within(second).getByText('Ambassador mode')).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: 'Lock now' })).not.toBeInTheDocument();
    expect((await stateOf(other)).trainer).toBeNull();

    await user.click(within(first).getByRole('button', { name: 'Lock now' }));
    expect(await within(first).findByText('Ambassador mode')).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: 'Lock now' })).not.toBeInTheDocument();
    // The button that was pressed is gone; focus goes to the mode button, not to the page.
    expect(within(first).getByRole('button', { name: 'Switch to trainer mode' })).toHaveFocus();
    expect(
      await within(first).findByText('Trainer mode and a workspace with a PIN need their secret again.'),
    ).toBeInTheDocument();
    expect((await stateOf(studio.api)).trainer).toBeNull();
  });

  it('switches back to ambassador mode and keeps the workspace open', async () => {
    const studio = await setup();
    await unlockTrainer(studio.api);
    const { ambassadorId } = await stateOf(studio.api);
    renderHeader(studio);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Switch to ambassador mode' }));
    expect(await screen.findByText('Ambassador mode')).toBeInTheDocument();
    expect(await stateOf(studio.api)).toMatchObject({ trainer: null, ambassadorId });
    expect(ambassadorId).not.toBeNull();
  });

  it('after five wrong tries says how long to wait, and refuses even the right secret until then', async () => {
    const studio = await setup();
    renderHeader(studio);
    const user = userEvent.setup();
    const dialog = await openUnlockDialog(user);
    const secret = within(dialog).getByLabelText('Trainer PIN or passphrase');
    // Typing clears the last refusal; the next one appears when the backend has answered.
    for (let i = 0; i < 4; i += 1) {
      await user.type(secret, '999999{Enter}');
      expect(await within(dialog).findByText(WRONG)).toBeInTheDocument();
    }
    await user.type(secret, '999999{Enter}');
    expect(
      await within(dialog).findByText(`${WRONG} Too many wrong tries: try again in 30 seconds.`),
    ).toBeInTheDocument();

    await user.type(secret, `${TEST_TRAINER_SECRET}{Enter}`);
    expect(await within(dialog).findByText('Too many wrong tries. Try again in 30 seconds.')).toBeInTheDocument();
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();

    studio.clock.advance(30_000);
    await user.type(secret, `${TEST_TRAINER_SECRET}{Enter}`);
    expect(await screen.findByText('Trainer mode: Sam')).toBeInTheDocument();
  });

  it('on a laptop with no trainer yet, sets one up with a name and a secret typed twice, and unlocks', async () => {
    const studio = await setup({ trainer: false });
    renderHeader(studio);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Switch to trainer mode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set up trainer mode' });
    const name = within(dialog).getByRole('textbox', { name: 'Your name' });
    expect(name).toHaveFocus();
    await user.type(name, 'Joy');
    await user.type(within(dialog).getByLabelText('Trainer PIN or passphrase'), 'our residential week');
    await user.type(within(dialog).getByLabelText('Type it again'), 'our residential week');
    await user.click(within(dialog).getByRole('button', { name: 'Set up and unlock' }));

    expect(await screen.findByText('Trainer mode: Joy')).toBeInTheDocument();
    expect(await stateOf(studio.api)).toMatchObject({ trainer: { name: 'Joy' }, trainerSecretSet: true });
    expect(await studio.window()['access:unlockTrainer']({ secret: 'our residential week' })).toMatchObject({
      ok: true,
    });
  });
});
