import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AmbassadorFields } from '../../../../shared/features/ambassadors/schemas';
import { LIMITS } from '../../../../shared/limits';
import { seedAmbassador } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { ProfileScreen } from './ProfileScreen';

async function setup(fields: Partial<AmbassadorFields> = {}) {
  const studio = await openStudio();
  const amina = seedAmbassador(studio.services, {
    firstName: 'Amina',
    fullName: 'Amina Yusuf',
    nameMode: 'first',
    ...fields,
  });
  renderWithStudio(<ProfileScreen />, studio);
  return { studio, id: amina.id };
}

describe('Profile', () => {
  it('autosaves once, 600 ms after the last keystroke, and then says Saved', async () => {
    const { studio, id } = await setup();
    const pronouns = await screen.findByRole('textbox', { name: 'Pronouns' });

    // Fake timers that still follow the clock, so Testing Library's own short waits keep working.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(pronouns, 'she/her');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saving…');
    expect(studio.api.callsTo('ambassador:update')).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(650));
    vi.useRealTimers();

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    // One save, based on the version the editor opened (so a change made elsewhere meanwhile is not written over).
    expect(studio.api.callsTo('ambassador:update')).toEqual([{ id, baseVersion: 1, patch: { pronouns: 'she/her' } }]);
    expect(studio.services.ambassadors.get(id).pronouns).toBe('she/her');
  });

  it('shows the field issue and "Not saved" when the backend refuses the change', async () => {
    // One character short of the limit: the two typed below take it over, and the backend's schema refuses it.
    const longName = `Amina ${'Y'.repeat(LIMITS.name - 7)}`;
    const { studio, id } = await setup({ fullName: longName });
    const user = userEvent.setup();
    const fullName = await screen.findByRole('textbox', { name: 'Full name' });
    await user.type(fullName, ' X');
    await user.tab(); // blur saves at once

    expect(await screen.findByText('Not saved: Full name is too long (at most 120 characters)')).toBeInTheDocument();
    expect(studio.api.callsTo('ambassador:update')).toEqual([
      { id, baseVersion: 1, patch: { fullName: `${longName} X` } },
    ]);
    expect(fullName).toHaveAttribute('aria-invalid', 'true');
    expect(fullName).toHaveAccessibleDescription(/Full name is too long/);
    expect(studio.services.ambassadors.get(id).fullName).toBe(longName);
  });

  it('shows the backend message when a photo is refused', async () => {
    const { studio, id } = await setup();
    const user = userEvent.setup({ applyAccept: false });
    await screen.findByRole('button', { name: /Choose photo/ });
    const notAnImage = new File(['just some text, not a picture'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Photo file'), notAnImage);

    const message = await screen.findByText(
      'That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.',
    );
    expect(message).toHaveAttribute('role', 'alert');
    expect(studio.services.ambassadors.photo(id)).toBeNull();
  });

  it('previews the public name as the mode changes', async () => {
    const { studio, id } = await setup();
    const user = userEvent.setup();
    const preview = await screen.findByTestId('public-name-preview');
    expect(preview).toHaveTextContent('In public you will appear as: Amina');

    const group = screen.getByRole('radiogroup', { name: 'Public name' });
    await user.click(within(group).getByRole('radio', { name: 'Full name' }));
    expect(preview).toHaveTextContent('In public you will appear as: Amina Yusuf');

    await user.click(within(group).getByRole('radio', { name: 'Pseudonym' }));
    expect(preview).toHaveTextContent('In public you will appear as: Ambassador');
    await user.type(screen.getByRole('textbox', { name: 'Pseudonym' }), 'Star');
    expect(preview).toHaveTextContent('In public you will appear as: Star');
    // The choice is autosaved like any other field (and the save ends before the backend closes).
    await waitFor(
      () => expect(studio.services.ambassadors.get(id)).toMatchObject({ nameMode: 'pseudonym', pseudonym: 'Star' }),
      { timeout: 3000 },
    );
  });

  it('keeps photo consent off by default and explains it can be withdrawn', async () => {
    await setup();
    const consent = await screen.findByRole('switch', { name: 'I consent to my photo being used with press' });
    expect(consent).not.toBeChecked();
    expect(consent).toHaveAccessibleDescription(/take it back at any time/);
  });
});
