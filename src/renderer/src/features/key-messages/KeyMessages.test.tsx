import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedHouse, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import type { HouseFields } from '../../../../shared/features/key-messages/schemas';
import { ModeSwitchButton } from '../access/ModeSwitch';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { KeyMessagesScreen } from './index';

type Services = TestStudio['services'];

const uuid = (n: number) => `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`;

/**
 * Amina (who keeps her employer private) is the current ambassador; `seed` adds her houses. With `trainer`, Sam
 * has unlocked trainer mode in this window, whose header switch is shown beside the screen.
 */
async function setup(
  seed: (services: Services, ambassadorId: string) => void = () => undefined,
  options: { trainer?: boolean } = {},
): Promise<{ studio: TestStudio; ambassadorId: string }> {
  const studio = await openStudio();
  const { services } = studio;
  const amina = seedAmbassador(services, {
    firstName: 'Amina',
    fullName: 'Amina Yusuf',
    nameMode: 'first',
    privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
  });
  seed(services, amina.id);
  seedSettings(services);
  if (options.trainer) await unlockTrainer(studio.api);
  renderWithStudio(
    <>
      {options.trainer ? <ModeSwitchButton /> : null}
      <KeyMessagesScreen />
    </>,
    studio,
  );
  return { studio, ambassadorId: amina.id };
}

const fullHouse: Partial<HouseFields> = {
  title: 'Local radio',
  audience: 'Morning radio listeners',
  goal: 'Come to the open day',
  umbrella: 'Everyone deserves a safe home.',
  pillars: [1, 2, 3].map((n) => ({
    id: uuid(n),
    message: `Pillar message ${n}`,
    proofs: [{ id: uuid(n + 10), kind: 'fact' as const, text: `Proof ${n}`, source: `Source ${n}` }],
  })),
  callToAction: 'Come to the supper.',
  criticism: 'What about services?',
  response: 'People who moved here run them.',
};

describe('Key messages', () => {
  it('creates a Message House and autosaves each change as a patch of that field only', async () => {
    const { studio, ambassadorId } = await setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New Message House' }, { timeout: 10_000 }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Untitled Message House' })).toBeInTheDocument();
    expect(studio.services.houses.list(ambassadorId)).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Audience' }), 'Local radio listeners');
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument();
    const patches = studio.api.callsTo('house:update');
    expect(patches.length).toBeGreaterThan(0);
    for (const call of patches) expect(Object.keys(call.patch)).toEqual(['audience']);
    expect(studio.services.houses.list(ambassadorId)[0]?.audience).toBe('Local radio listeners');

    // Key messages travel one by one, by id: two windows editing two key messages both keep their work.
    await user.click(screen.getByRole('button', { name: /^Key messages, step/ }));
    await user.click(await screen.findByRole('button', { name: 'Add a key message' }));
    await user.type(screen.getByRole('textbox', { name: 'Key message 1' }), 'We build homes together');
    await waitFor(
      () => expect(studio.services.houses.list(ambassadorId)[0]?.pillars[0]?.message).toBe('We build homes together'),
      { timeout: 3000 },
    );
    const last = studio.api.callsTo('house:update').at(-1);
    const pillarId = studio.services.houses.list(ambassadorId)[0]!.pillars[0]!.id;
    expect(last?.patch.pillarPatches).toEqual([{ id: pillarId, message: 'We build homes together' }]);
    expect(last?.patch).not.toHaveProperty('pillars');
    // The last save has answered before the test ends (the backend closes after it).
    expect(await screen.findByText('Saved', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('draws the house on the Review step, with one pillar per key message and their proof points', async () => {
    await setup((services, id) => seedHouse(services, id, fullHouse));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: /^Review, step/ }));
    const picture = await screen.findByRole('img', { name: /Drawing of your Message House.*3 pillars/ });
    expect(picture).toHaveTextContent('Everyone deserves a safe home.');
    for (const n of [1, 2, 3]) {
      const pillar = within(picture).getByTestId(`house-pillar-${n}`);
      expect(pillar).toHaveTextContent(`Pillar message ${n}`);
      expect(pillar).toHaveTextContent(`Fact: Proof ${n} (source: Source ${n})`);
    }
    expect(picture).toHaveTextContent('Call to action: Come to the supper.');
    expect(screen.getByRole('heading', { name: 'Every part is filled in' })).toBeInTheDocument();
    // The same content, as a list, for screen readers.
    expect(screen.getByText(/Pillar 2, key message: Pillar message 2/)).toBeInTheDocument();
  });

  it('checks the text as it is typed: language guide and private details', async () => {
    const { studio, ambassadorId } = await setup((services, id) =>
      seedHouse(services, id, { ...fullHouse, umbrella: '' }),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: /^Umbrella message, step/ }));
    await user.type(
      await screen.findByRole('textbox', { name: 'Umbrella message' }),
      'No swarm here, I work at Northgate Imaging',
    );
    const notes = await screen.findByRole('list', { name: 'Notes on Umbrella message' });
    expect(notes).toHaveTextContent('“swarm”');
    expect(notes).toHaveTextContent('people arriving');
    expect(within(screen.getByTestId('safeguarding-alert')).getByText(/your employer/)).toBeInTheDocument();
    // The checks warn; they do not stop the text being saved.
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'saved'), {
      timeout: 5000,
    });
    expect(studio.services.houses.list(ambassadorId)[0]?.umbrella).toBe('No swarm here, I work at Northgate Imaging');
  });

  it('lets a trainer comment on a field, and the ambassador resolve it', async () => {
    let houseId = '';
    const { studio } = await setup(
      (services, id) => {
        houseId = seedHouse(services, id, fullHouse).id;
      },
      { trainer: true },
    );
    const comments = () => studio.services.comments.list('house', houseId);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: /^Umbrella message, step/ }));
    await user.click(await screen.findByRole('button', { name: 'Comment on Umbrella message' }));
    await user.type(await screen.findByRole('textbox', { name: 'Your comment on Umbrella message' }), 'Shorter?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await waitFor(() => expect(comments()).toHaveLength(1));
    expect(comments()[0]).toMatchObject({
      field: 'umbrella',
      body: 'Shorter?',
      authorName: 'Sam',
      authorRole: 'trainer',
    });

    const thread = await screen.findByTestId('comments-umbrella');
    expect(thread).toHaveTextContent('Shorter?');
    expect(thread).toHaveTextContent('Sam (trainer)');

    // The trainer hands the laptop back: in ambassador mode Amina reads the comment and resolves it herself.
    await user.click(screen.getByRole('button', { name: 'Switch to ambassador mode' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Comment on Umbrella message' })).not.toBeInTheDocument(),
    );
    await user.click(within(screen.getByTestId('comments-umbrella')).getByRole('button', { name: 'Mark resolved' }));
    await waitFor(() => expect(comments()[0]?.resolvedAt).not.toBeNull());
    await waitFor(() => expect(screen.queryByText('Shorter?')).not.toBeInTheDocument());
  });

  it('makes another house primary and deletes one after confirming', async () => {
    let otherId = '';
    const { studio, ambassadorId } = await setup((services, id) => {
      seedHouse(services, id, fullHouse);
      otherId = seedHouse(services, id, { title: 'School parents', template: 'box' }).id;
    });
    const houses = () => studio.services.houses.list(ambassadorId);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Make School parents primary' }, { timeout: 10_000 }));
    await waitFor(() => expect(houses().find((h) => h.id === otherId)?.isPrimary).toBe(true));
    expect(houses().filter((h) => h.isPrimary)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete Local radio' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(houses().map((h) => h.id)).toEqual([otherId]));
  });
});
