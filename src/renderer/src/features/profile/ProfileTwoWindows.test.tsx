import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { ProfileScreen } from './ProfileScreen';

async function setup() {
  const studio = await openStudio();
  const amina = seedAmbassador(studio.services, {
    firstName: 'Amina',
    fullName: 'Amina Yusuf',
    role: 'Nurse',
    shortBio: 'Nurse in Leeds.',
  });
  renderWithStudio(<ProfileScreen />, studio);
  await screen.findByRole('textbox', { name: 'Role' }, { timeout: 10_000 });
  return { studio, id: amina.id, version: amina.version, user: userEvent.setup(), other: studio.window() };
}

describe('one profile in two windows', () => {
  it('keeps both when two windows edit two different fields', async () => {
    const { studio, id, version, user, other } = await setup();
    expect((await other['ambassador:update']({ id, baseVersion: version, patch: { role: 'Ward sister' } })).ok).toBe(
      true,
    );
    await user.type(screen.getByRole('textbox', { name: 'Pronouns' }), 'she/her');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'saved'), {
      timeout: 5000,
    });
    expect(studio.services.ambassadors.get(id)).toMatchObject({ role: 'Ward sister', pronouns: 'she/her' });
    expect(screen.getByRole('textbox', { name: 'Role' })).toHaveValue('Ward sister');
  });

  it('shows "changed elsewhere" for the same field; keeping mine puts theirs in the history', async () => {
    const { studio, id, version, user, other } = await setup();
    await other['ambassador:update']({ id, baseVersion: version, patch: { shortBio: 'Nurse in Leeds, 12 years.' } });
    await user.type(screen.getByRole('textbox', { name: /^Short bio/ }), ' I sing.');
    const dialog = await screen.findByRole('dialog', { name: 'This profile was changed elsewhere' }, { timeout: 5000 });
    const bio = within(dialog).getByRole('region', { name: 'Short bio' });
    expect(within(bio).getByTestId('conflict-theirs')).toHaveTextContent('Nurse in Leeds, 12 years.');
    expect(within(bio).getByTestId('conflict-mine')).toHaveTextContent('Nurse in Leeds. I sing.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine as a new revision' }));
    await waitFor(() => expect(studio.services.ambassadors.get(id).shortBio).toBe('Nurse in Leeds. I sing.'));
    const bios = studio.services.revisions
      .list('ambassador', id)
      .map((r) => (studio.services.revisions.get(r.id).snapshot as { shortBio: string }).shortBio);
    expect(bios).toContain('Nurse in Leeds, 12 years.');
  });
});
