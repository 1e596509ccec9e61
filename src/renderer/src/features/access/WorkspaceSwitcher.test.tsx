import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DirectApi } from '../../../../main/test-support/direct-client';
import { seedAmbassador, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import { Startup } from '../../app/App';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';

const LIN_PIN = '135790';

async function must<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Protects a workspace with a PIN, as its owner would in a window of their own. */
async function protect(window: DirectApi, ambassadorId: string, pin: string) {
  await must(window['access:enter']({ ambassadorId }));
  await must(window['access:setWorkspacePin']({ pin }));
}

/**
 * A shared laptop: Amina (whose workspace new windows open), Lin (a pseudonym; her workspace has a PIN) and Olena
 * (named in full in public).
 */
async function sharedLaptop(): Promise<{ studio: TestStudio; aminaId: string; linId: string }> {
  const studio = await openStudio();
  const { services } = studio;
  seedSettings(services);
  const amina = seedAmbassador(services, { firstName: 'Amina', fullName: 'Amina Yusuf', nameMode: 'first' });
  const lin = seedAmbassador(
    services,
    { firstName: 'Lihua', fullName: 'Lihua Chen', pseudonym: 'Lin', nameMode: 'pseudonym' },
    { current: false },
  );
  seedAmbassador(services, { firstName: 'Olena', fullName: 'Olena Kovalenko', nameMode: 'full' }, { current: false });
  await protect(studio.window(), lin.id, LIN_PIN);
  // Opening Lin's workspace above moved where new windows start; this window starts in Amina's.
  seedSettings(services, { currentAmbassadorId: amina.id });
  return { studio, aminaId: amina.id, linId: lin.id };
}

const switcher = () => screen.findByRole('combobox', { name: 'Current ambassador' });
const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);
const workspaceOf = async (api: DirectApi) => (await must(api['access:state']({}))).ambassadorId;

describe('Workspace switcher', () => {
  it('lists the others by their public name only, and marks a workspace that has a PIN', async () => {
    const { studio } = await sharedLaptop();
    renderWithStudio(<Startup />, studio);
    const select = await switcher();
    await waitFor(() => expect(optionLabels(select)).toHaveLength(4));
    // Her own name in full in her window; Lin by her pseudonym; Olena as she is named in public.
    expect(optionLabels(select)).toEqual(['Amina Yusuf', 'Lin (PIN)', 'Olena Kovalenko', 'New ambassador…']);
    expect(select).toHaveDisplayValue('Amina Yusuf');
    expect(document.body).not.toHaveTextContent(/Lihua|Chen/);
  });

  it('opens a protected workspace only with its PIN, and keeps this one open when cancelled', async () => {
    const { studio, aminaId, linId } = await sharedLaptop();
    renderWithStudio(<Startup />, studio);
    const user = userEvent.setup();
    const select = await switcher();
    await screen.findByRole('heading', { level: 1, name: 'Hello, Amina Yusuf' });

    await user.selectOptions(select, 'Lin (PIN)');
    let dialog = await screen.findByRole('dialog', { name: 'Open Lin’s workspace' });
    const pin = within(dialog).getByLabelText('Workspace PIN');
    expect(pin).toHaveFocus();
    await user.type(pin, '000000{Enter}');
    expect(await within(dialog).findByText('That PIN is not right.')).toBeInTheDocument();
    expect(pin).toHaveValue('');
    expect(pin).toHaveFocus();
    expect(await workspaceOf(studio.api)).toBe(aminaId);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(select).toHaveDisplayValue('Amina Yusuf');
    expect(await workspaceOf(studio.api)).toBe(aminaId);

    await user.selectOptions(select, 'Lin (PIN)');
    dialog = await screen.findByRole('dialog', { name: 'Open Lin’s workspace' });
    // The last refusal is not shown again to the next person.
    expect(within(dialog).queryByText('That PIN is not right.')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Workspace PIN'), `${LIN_PIN}{Enter}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Lihua Chen' })).toBeInTheDocument();
    expect(await workspaceOf(studio.api)).toBe(linId);
    // In her own window she sees her full name; Amina is now one of the others, by her public name.
    await waitFor(() => expect(select).toHaveDisplayValue('Lihua Chen (PIN)'));
    expect(optionLabels(select)).toContain('Amina');
  });

  it('lets a trainer open a protected workspace without its PIN, and shows trainers the full names', async () => {
    const { studio, linId } = await sharedLaptop();
    await unlockTrainer(studio.api);
    renderWithStudio(<Startup />, studio);
    const user = userEvent.setup();
    const select = await switcher();
    await waitFor(() => expect(optionLabels(select)).toContain('Lihua Chen (PIN)'));

    await user.selectOptions(select, 'Lihua Chen (PIN)');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Lihua Chen' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await workspaceOf(studio.api)).toBe(linId);
  });
});

describe('An ambassador’s own laptop', () => {
  /** Amina's own laptop, chosen at its first run; with `pin`, she protected her workspace later. */
  async function ownLaptop(pin?: string): Promise<{ studio: TestStudio; aminaId: string }> {
    const studio = await openStudio();
    await must(studio.window()['access:setLaptopKind']({ kind: 'own' }));
    const amina = seedAmbassador(studio.services, { firstName: 'Amina', fullName: 'Amina Yusuf', nameMode: 'full' });
    if (pin) await protect(studio.window(), amina.id, pin);
    return { studio, aminaId: amina.id };
  }

  it('opens her workspace with no switcher to other people’s work', async () => {
    const { studio } = await ownLaptop();
    renderWithStudio(<Startup />, studio);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Amina Yusuf' })).toBeInTheDocument();
    expect(screen.getByText('Ambassador mode')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Current ambassador' })).not.toBeInTheDocument();
  });

  it('with her PIN, a new window starts closed and offers only her workspace, which opens with the PIN', async () => {
    const { studio, aminaId } = await ownLaptop('24682468');
    renderWithStudio(<Startup />, studio);
    const user = userEvent.setup();
    const select = await switcher();
    expect(await screen.findByRole('heading', { level: 2, name: 'Choose who you are' })).toBeInTheDocument();
    await waitFor(() => expect(optionLabels(select)).toEqual(['Choose who you are', 'Amina Yusuf (PIN)']));

    await user.selectOptions(select, 'Amina Yusuf (PIN)');
    const dialog = await screen.findByRole('dialog', { name: 'Open Amina Yusuf’s workspace' });
    await user.type(within(dialog).getByLabelText('Workspace PIN'), '24682468{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Amina Yusuf' })).toBeInTheDocument();
    expect(await workspaceOf(studio.api)).toBe(aminaId);
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Current ambassador' })).not.toBeInTheDocument());
  });
});
