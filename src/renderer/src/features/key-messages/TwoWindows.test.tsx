import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HOUSE_TEXT_LIMIT } from '../../../../shared/features/key-messages/schemas';
import { seedAmbassador, seedHouse, seedSettings } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { KeyMessagesScreen } from './index';

const [care, work] = ['44444444-4444-4444-8444-000000000001', '44444444-4444-4444-8444-000000000002'];

async function setup() {
  const studio = await openStudio();
  seedSettings(studio.services);
  const amina = seedAmbassador(studio.services, { firstName: 'Amina', fullName: 'Amina Yusuf' });
  const house = seedHouse(studio.services, amina.id, {
    title: 'Local radio',
    umbrella: 'Migrants build the places we call home',
    pillars: [
      { id: care, message: 'We care', proofs: [] },
      { id: work, message: 'We work', proofs: [] },
    ],
  });
  renderWithStudio(<KeyMessagesScreen />, studio);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: /^Key messages, step/ }));
  return { studio, house, user, other: studio.window() };
}

describe('one Message House in two windows', () => {
  it('keeps both when two windows edit two different key messages, and shows the other window’s text', async () => {
    const { studio, house, user, other } = await setup();
    const saved = await other['house:update']({
      id: house.id,
      baseVersion: house.version,
      patch: { pillarPatches: [{ id: work, message: 'We keep the buses running' }] },
    });
    expect(saved.ok).toBe(true);
    await user.type(await screen.findByRole('textbox', { name: 'Key message 1' }), ' for your parents');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'saved'), {
      timeout: 5000,
    });
    expect(studio.services.houses.get(house.id).pillars.map((p) => p.message)).toEqual([
      'We care for your parents',
      'We keep the buses running',
    ]);
    // The save's answer brought the other window's key message along.
    expect(screen.getByRole('textbox', { name: 'Key message 2' })).toHaveValue('We keep the buses running');
    expect(screen.queryByRole('dialog', { name: /changed elsewhere/ })).not.toBeInTheDocument();
  });

  it('shows "changed elsewhere" for the same key message and keeps mine with theirs in the history', async () => {
    const { studio, house, user, other } = await setup();
    await other['house:update']({
      id: house.id,
      baseVersion: house.version,
      patch: { pillarPatches: [{ id: care, message: 'We care for the old' }] },
    });
    await user.type(await screen.findByRole('textbox', { name: 'Key message 1' }), ' a lot');
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'This Message House was changed elsewhere' },
      {
        timeout: 5000,
      },
    );
    const texts = within(dialog).getByRole('region', { name: 'Key message 1' });
    expect(within(texts).getByTestId('conflict-theirs')).toHaveTextContent('We care for the old');
    expect(within(texts).getByTestId('conflict-mine')).toHaveTextContent('We care a lot');
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine as a new revision' }));
    await waitFor(() => expect(studio.services.houses.get(house.id).pillars[0]?.message).toBe('We care a lot'));
    const history = studio.services.revisions
      .list('house', house.id)
      .map(
        (r) =>
          (studio.services.revisions.get(r.id).snapshot as { pillars: Array<{ message: string }> }).pillars[0]?.message,
      );
    expect(history).toContain('We care for the old');
  });
  it('shows a refused key message on that key message, though patches name it by id', async () => {
    const { user } = await setup();
    const second = await screen.findByRole('textbox', { name: 'Key message 2' });
    await user.click(second);
    await user.paste('x'.repeat(HOUSE_TEXT_LIMIT));
    await waitFor(() => expect(second).toHaveAccessibleDescription(/too long/), { timeout: 5000 });
    expect(screen.getByRole('textbox', { name: 'Key message 1' })).not.toHaveAccessibleDescription(/too long/);
  });
});
