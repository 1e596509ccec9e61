import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient, type MockOptions } from '../../api/mock-client';
import { renderWithProviders } from '../../test-utils/render';
import { KeyMessagesScreen } from './index';

const AMBASSADOR = '11111111-1111-4111-8111-111111111111';
const HOUSE = '22222222-2222-4222-8222-222222222222';
const uuid = (n: number) => `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`;

function setup(options: MockOptions = {}) {
  const api = createMockClient({
    settings: { onboarded: true, currentAmbassadorId: AMBASSADOR },
    ambassadors: [
      {
        id: AMBASSADOR,
        firstName: 'Amina',
        fullName: 'Amina Yusuf',
        nameMode: 'first',
        privateDetails: [{ kind: 'employer', value: 'Northgate Imaging' }],
      },
    ],
    ...options,
  });
  renderWithProviders(<KeyMessagesScreen />, { api });
  return api;
}

const fullHouse = {
  id: HOUSE,
  ambassadorId: AMBASSADOR,
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
    const api = setup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New Message House' }, { timeout: 10_000 }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Untitled Message House' })).toBeInTheDocument();
    expect(api.state.houses).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Audience' }), 'Local radio listeners');
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeInTheDocument();
    const patches = api.callsTo('house:update') as Array<{ patch: object }>;
    expect(patches.length).toBeGreaterThan(0);
    for (const call of patches) expect(Object.keys(call.patch)).toEqual(['audience']);
    expect(api.state.houses[0]?.audience).toBe('Local radio listeners');

    // Key messages: adding one sends the pillars (the patch is per top-level field).
    await user.click(screen.getByRole('button', { name: /^Key messages, step/ }));
    await user.click(await screen.findByRole('button', { name: 'Add a key message' }));
    await user.type(screen.getByRole('textbox', { name: 'Key message 1' }), 'We build homes together');
    await waitFor(() => expect(api.state.houses[0]?.pillars[0]?.message).toBe('We build homes together'), { timeout: 3000 });
    const last = (api.callsTo('house:update') as Array<{ patch: object }>).at(-1);
    expect(Object.keys(last?.patch ?? {})).toEqual(['pillars']);
  });

  it('draws the house on the Review step, with one pillar per key message and their proof points', async () => {
    setup({ houses: [fullHouse] });
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
    setup({ houses: [{ ...fullHouse, umbrella: '' }] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: /^Umbrella message, step/ }));
    await user.type(await screen.findByRole('textbox', { name: 'Umbrella message' }), 'No swarm here, I work at Northgate Imaging');
    const notes = await screen.findByRole('list', { name: 'Notes on Umbrella message' });
    expect(notes).toHaveTextContent('“swarm”');
    expect(notes).toHaveTextContent('people arriving');
    expect(within(screen.getByTestId('safeguarding-alert')).getByText(/your employer/)).toBeInTheDocument();
  });

  it('lets a trainer comment on a field, and the ambassador resolve it', async () => {
    const api = setup({ houses: [fullHouse], settings: { onboarded: true, currentAmbassadorId: AMBASSADOR, role: 'trainer', trainerName: 'Sam' } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open Local radio' }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: /^Umbrella message, step/ }));
    await user.click(await screen.findByRole('button', { name: 'Comment on Umbrella message' }));
    await user.type(await screen.findByRole('textbox', { name: 'Your comment on Umbrella message' }), 'Shorter?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await waitFor(() => expect(api.state.comments).toHaveLength(1));
    expect(api.state.comments[0]).toMatchObject({ field: 'umbrella', authorName: 'Sam', authorRole: 'trainer' });

    const comments = await screen.findByTestId('comments-umbrella');
    expect(comments).toHaveTextContent('Shorter?');
    expect(comments).toHaveTextContent('Sam (trainer)');
    await user.click(within(comments).getByRole('button', { name: 'Mark resolved' }));
    await waitFor(() => expect(api.state.comments[0]?.resolvedAt).not.toBeNull());
    await waitFor(() => expect(screen.queryByText('Shorter?')).not.toBeInTheDocument());
  });

  it('makes another house primary and deletes one after confirming', async () => {
    const other = '44444444-4444-4444-8444-444444444444';
    const api = setup({ houses: [fullHouse, { id: other, ambassadorId: AMBASSADOR, title: 'School parents', template: 'box' }] });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Make School parents primary' }, { timeout: 10_000 }));
    await waitFor(() => expect(api.state.houses.find((h) => h.id === other)?.isPrimary).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Delete Local radio' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.state.houses.map((h) => h.id)).toEqual([other]));
  });
});
