import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMockClient, type MockOptions } from '../../api/mock-client';
import { renderWithProviders } from '../../test-utils/render';
import { PressQuotesScreen } from './index';

const AMBASSADOR = '11111111-1111-4111-8111-111111111111';
const QUOTE = '55555555-5555-4555-8555-555555555555';

function setup(options: MockOptions = {}) {
  const api = createMockClient({
    settings: { onboarded: true, currentAmbassadorId: AMBASSADOR },
    ambassadors: [
      {
        id: AMBASSADOR,
        firstName: 'Amina',
        fullName: 'Amina Yusuf',
        nameMode: 'first',
        privateDetails: [
          { kind: 'employer', value: 'Northgate Imaging' },
          { kind: 'home_town', value: 'Kassala' },
        ],
      },
    ],
    quotes: [{ id: QUOTE, ambassadorId: AMBASSADOR }],
    ...options,
  });
  renderWithProviders(<PressQuotesScreen />, { api });
  return api;
}

async function openQuote(user: ReturnType<typeof userEvent.setup>, name = 'Open quote: Empty draft') {
  await user.click(await screen.findByRole('button', { name }, { timeout: 10_000 }));
  return screen.findByRole('textbox', { name: 'Quote' });
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + '.';

describe('Press quotes', () => {
  it('counts words, sentences and speaking time live, and warns above 20 and strongly above 40 words', async () => {
    setup();
    const user = userEvent.setup();
    const text = await openQuote(user);
    await user.click(text);
    await user.paste(words(10));
    const stats = await screen.findByTestId('quote-text-stats');
    await waitFor(() => expect(stats).toHaveTextContent('10 words · 1 sentence · about 4 seconds to say at 2.5 words a second'));
    expect(within(screen.getByTestId('quote-text')).queryByText(/This quote has/)).not.toBeInTheDocument();

    await user.paste(` ${words(14)}`);
    const soft = await within(screen.getByTestId('quote-text')).findByText(/This quote has 24 words/);
    expect(soft.closest('li')).toHaveAttribute('data-severity', 'warning');

    await user.paste(` ${words(20)}`);
    const strong = await within(screen.getByTestId('quote-text')).findByText(/This quote has 44 words/);
    expect(strong.closest('li')).toHaveAttribute('data-severity', 'strong');
  });

  it('flags “swarm” with the reason and better words to use', async () => {
    setup();
    const user = userEvent.setup();
    const text = await openQuote(user);
    await user.type(text, 'They said a swarm was coming.');
    const notes = await screen.findByRole('list', { name: 'Notes on Quote' });
    const finding = within(notes).getByText(/“swarm”/).closest('li');
    expect(finding).toHaveAttribute('data-kind', 'language');
    expect(finding).toHaveTextContent('Suggestion: Describe people and numbers plainly. For example: “people”, “people arriving”');
    // "Show in text" selects the word in the quote.
    await user.click(within(finding as HTMLElement).getByRole('button', { name: 'Show in text' }));
    expect(text).toHaveFocus();
    const area = text as HTMLTextAreaElement;
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('swarm');
  });

  it('shows the safeguarding alert at the top when a private detail appears, and “could identify you” for two', async () => {
    setup();
    const user = userEvent.setup();
    const text = await openQuote(user);
    await user.type(text, 'I work at Northgate Imaging.');
    const alert = await screen.findByTestId('safeguarding-alert');
    expect(alert).toHaveTextContent('This could reveal something you keep private');
    expect(alert).toHaveTextContent('Quote: This mentions your employer');
    expect(alert).not.toHaveTextContent('Northgate');

    await user.type(screen.getByRole('textbox', { name: 'Broadcast soundbite' }), 'I grew up in Kassala.');
    await waitFor(() => expect(screen.getByTestId('safeguarding-alert')).toHaveTextContent('This could identify you'));
    expect(screen.getByTestId('safeguarding-alert')).toHaveTextContent('Broadcast soundbite: This mentions your home town');
  });

  it('sends a draft for review, which locks its text', async () => {
    const api = setup({ quotes: [{ id: QUOTE, ambassadorId: AMBASSADOR, text: 'We are neighbours.' }] });
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: We are neighbours.');
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    await waitFor(() => expect(api.state.quotes[0]?.status).toBe('in_review'));
    expect(await screen.findByRole('textbox', { name: 'Quote' })).toHaveAttribute('readonly');
    expect(within(screen.getByTestId('quote-status')).getByText('In review')).toBeInTheDocument();
  });

  it('shows an approved quote read-only with who approved it, keeps consent editable, and edits it as a new draft', async () => {
    const api = setup({
      quotes: [
        {
          id: QUOTE,
          ambassadorId: AMBASSADOR,
          text: 'We are neighbours.',
          status: 'approved',
          approvedBy: 'Sam',
          approvedAt: '2026-12-10T14:05:00.000Z',
        },
      ],
    });
    const user = userEvent.setup();
    const text = await openQuote(user, 'Open quote: We are neighbours.');
    expect(text).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Broadcast soundbite' })).toHaveAttribute('readonly');
    expect(screen.getByTestId('approval')).toHaveTextContent('Approved by Sam on 10 December 2026');
    expect(screen.queryByRole('button', { name: 'Send for review' })).not.toBeInTheDocument();

    await user.type(text, 'changed');
    expect(text).toHaveValue('We are neighbours.');

    await user.click(screen.getByRole('switch', { name: 'Consent withdrawn' }));
    await waitFor(() => expect(api.state.quotes[0]?.consentWithdrawn).toBe(true), { timeout: 3000 });

    await user.click(screen.getByRole('button', { name: 'Edit as new draft' }));
    await waitFor(() => expect(api.state.quotes).toHaveLength(2));
    const draft = api.state.quotes.find((q) => q.status === 'draft');
    expect(draft).toMatchObject({ parentId: QUOTE, text: 'We are neighbours.' });
    expect(await screen.findByRole('heading', { name: 'New draft of an approved quote' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Quote' })).not.toHaveAttribute('readonly');
  });

  it('restores an earlier version of a draft from the history', async () => {
    const api = setup({
      quotes: [{ id: QUOTE, ambassadorId: AMBASSADOR, text: 'Second try.' }],
      revisions: [
        {
          entityType: 'quote',
          entityId: QUOTE,
          createdAt: '2026-12-01T10:00:00.000Z',
          snapshot: { ...api0Fields(), text: 'First try.' },
        },
      ],
    });
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: Second try.');
    await user.click(screen.getByRole('button', { name: 'History' }));
    const drawer = await screen.findByRole('dialog', { name: 'History' });
    await user.click(await within(drawer).findByRole('button', { name: /Before later edits/ }));
    expect(await within(drawer).findByTestId('history-preview')).toHaveTextContent('Quote: First try.');
    await user.click(within(drawer).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(api.state.quotes[0]?.text).toBe('First try.'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Quote' })).toHaveValue('First try.'));
  });

  it('explains when a restore is refused', async () => {
    setup({
      quotes: [{ id: QUOTE, ambassadorId: AMBASSADOR, text: 'Approved words.', status: 'approved', approvedBy: 'Sam', approvedAt: '2026-12-10T14:05:00.000Z' }],
      revisions: [{ entityType: 'quote', entityId: QUOTE, snapshot: { ...api0Fields(), text: 'Old words.' } }],
    });
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: Approved words.');
    await user.click(screen.getByRole('button', { name: 'History' }));
    const drawer = await screen.findByRole('dialog', { name: 'History' });
    await user.click(await within(drawer).findByRole('button', { name: /Before later edits/ }));
    await user.click(await within(drawer).findByRole('button', { name: 'Restore this version' }));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent('Only a draft can be restored from history');
  });
});

function api0Fields() {
  return {
    houseId: null,
    pillarId: null,
    text: '',
    outlet: '',
    occasion: '',
    variants: { pressRelease: '', soundbite: '', social: '', socialPlatform: 'x' as const },
    consentNotes: '',
    consentWithdrawn: false,
  };
}
