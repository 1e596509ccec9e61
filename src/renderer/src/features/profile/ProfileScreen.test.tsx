import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMockClient } from '../../api/mock-client';
import { renderWithProviders } from '../../test-utils/render';
import { ProfileScreen } from './ProfileScreen';

const ID = '11111111-1111-4111-8111-111111111111';

function setup() {
  const api = createMockClient({
    settings: { onboarded: true, currentAmbassadorId: ID },
    ambassadors: [{ id: ID, firstName: 'Amina', fullName: 'Amina Yusuf', nameMode: 'first' }],
  });
  renderWithProviders(<ProfileScreen />, { api });
  return api;
}

describe('Profile', () => {
  it('autosaves once, 600 ms after the last keystroke, and then says Saved', async () => {
    const api = setup();
    const pronouns = await screen.findByRole('textbox', { name: 'Pronouns' });

    // Fake timers that still follow the clock, so Testing Library's own short waits keep working.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.type(pronouns, 'she/her');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saving…');
    expect(api.callsTo('ambassador:update')).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(650));
    vi.useRealTimers();

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(api.callsTo('ambassador:update')).toEqual([{ id: ID, patch: { pronouns: 'she/her' } }]);
    expect(api.state.ambassadors[0]?.pronouns).toBe('she/her');
  });

  it('shows the field issue and "Not saved" when the backend refuses the change', async () => {
    const api = setup();
    const update = vi.fn(async () => ({
      ok: false as const,
      error: {
        code: 'VALIDATION' as const,
        message: 'Full name is too long (at most 120 characters) [patch.fullName]',
        issues: [{ path: 'patch.fullName', message: 'Full name is too long (at most 120 characters)' }],
      },
    }));
    api['ambassador:update'] = update;
    const user = userEvent.setup();
    const fullName = await screen.findByRole('textbox', { name: 'Full name' });
    await user.type(fullName, ' X');
    await user.tab(); // blur saves at once

    expect(await screen.findByText('Not saved: Full name is too long (at most 120 characters)')).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
    expect(fullName).toHaveAttribute('aria-invalid', 'true');
    expect(fullName).toHaveAccessibleDescription(/Full name is too long/);
  });

  it('shows the backend message when a photo is refused', async () => {
    setup();
    const user = userEvent.setup({ applyAccept: false });
    await screen.findByRole('button', { name: /Choose photo/ });
    const notAnImage = new File(['just some text, not a picture'], 'notes.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Photo file'), notAnImage);

    const message = await screen.findByText('That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.');
    expect(message).toHaveAttribute('role', 'alert');
  });

  it('previews the public name as the mode changes', async () => {
    setup();
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
  });

  it('keeps photo consent off by default and explains it can be withdrawn', async () => {
    setup();
    const consent = await screen.findByRole('switch', { name: 'I consent to my photo being used with press' });
    expect(consent).not.toBeChecked();
    expect(consent).toHaveAccessibleDescription(/take it back at any time/);
  });
});
