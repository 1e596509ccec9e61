import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedQuote, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import { manualClock } from '../../../../main/test-support/temp-backend';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { PressQuotesScreen } from './index';
import { quoteTextHash } from '../../../../shared/features/quotes/text-hash';
import { seen } from '../../../../main/test-support/seen';

type Services = TestStudio['services'];

/** The approvals in these tests happen at this moment (the backend stamps them with its clock). */
const APPROVAL_TIME = '2026-12-10T14:05:00.000Z';
/** How this system writes that moment's day (dates follow the person's locale), e.g. "10 December 2026". */
const APPROVAL_DAY = new Date(APPROVAL_TIME).toLocaleDateString(undefined, { dateStyle: 'long' });

/**
 * Amina (with two private details) is the current ambassador; `seed` makes the quote the test starts from (an
 * empty draft by default).
 */
async function setup(
  seed: (services: Services, ambassadorId: string) => Quote = (services, id) => seedQuote(services, id),
  options: { trainer?: string } = {},
): Promise<{ studio: TestStudio; quote: Quote }> {
  const studio = await openStudio({ clock: manualClock(APPROVAL_TIME) });
  const { services } = studio;
  seedSettings(services);
  const amina = seedAmbassador(services, {
    firstName: 'Amina',
    fullName: 'Amina Yusuf',
    nameMode: 'first',
    privateDetails: [
      { kind: 'employer', value: 'Northgate Imaging' },
      { kind: 'home_town', value: 'Kassala' },
    ],
  });
  const quote = seed(services, amina.id);
  // With `trainer`, that trainer has unlocked trainer mode in the window the screen runs in (which opened on
  // Amina's workspace, the starting one of new windows, at its first call).
  if (options.trainer) await unlockTrainer(studio.api, options.trainer);
  renderWithStudio(<PressQuotesScreen />, studio);
  return { studio, quote };
}

/** Sends a quote for review and approves it as Sam (the services record the trainer they are given). */
function approve(services: Services, id: string): Quote {
  services.quotes.transition(id, 'submit', '');
  return services.quotes.transition(id, 'approve', 'Sam', [], seen(services, id));
}

async function openQuote(user: ReturnType<typeof userEvent.setup>, name = 'Open quote: Empty draft') {
  await user.click(await screen.findByRole('button', { name }, { timeout: 10_000 }));
  return screen.findByRole('textbox', { name: 'Quote' });
}

/** Waits until autosave has stored what was typed (and answered), so nothing is still on its way when the backend closes. */
async function savedAs(studio: TestStudio, id: string, expected: Partial<Quote>) {
  await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'saved'), {
    timeout: 5000,
  });
  expect(studio.services.quotes.get(id)).toMatchObject(expected);
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + '.';

describe('Press quotes', () => {
  it('counts words, sentences and speaking time live, and warns above 20 and strongly above 40 words', async () => {
    const { studio, quote } = await setup();
    const user = userEvent.setup();
    const text = await openQuote(user);
    await user.click(text);
    await user.paste(words(10));
    const stats = await screen.findByTestId('quote-text-stats');
    await waitFor(() =>
      expect(stats).toHaveTextContent('10 words · 1 sentence · about 4 seconds to say at 2.5 words a second'),
    );
    expect(within(screen.getByTestId('quote-text')).queryByText(/This quote has/)).not.toBeInTheDocument();

    await user.paste(` ${words(14)}`);
    const soft = await within(screen.getByTestId('quote-text')).findByText(/This quote has 24 words/);
    expect(soft.closest('li')).toHaveAttribute('data-severity', 'warning');

    await user.paste(` ${words(20)}`);
    const strong = await within(screen.getByTestId('quote-text')).findByText(/This quote has 44 words/);
    expect(strong.closest('li')).toHaveAttribute('data-severity', 'strong');
    await savedAs(studio, quote.id, { text: `${words(10)} ${words(14)} ${words(20)}` });
  });

  it('flags “swarm” with the reason and better words to use', async () => {
    const { studio, quote } = await setup();
    const user = userEvent.setup();
    const text = await openQuote(user);
    await user.type(text, 'They said a swarm was coming.');
    const notes = await screen.findByRole('list', { name: 'Notes on Quote' });
    const finding = within(notes)
      .getByText(/“swarm”/)
      .closest('li');
    expect(finding).toHaveAttribute('data-kind', 'language');
    expect(finding).toHaveTextContent(
      'Suggestion: Describe people and numbers plainly. For example: “people”, “people arriving”',
    );
    // "Show in text" selects the word in the quote.
    await user.click(within(finding as HTMLElement).getByRole('button', { name: 'Show in text' }));
    expect(text).toHaveFocus();
    const area = text as HTMLTextAreaElement;
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('swarm');
    await savedAs(studio, quote.id, { text: 'They said a swarm was coming.' });
  });

  it('shows the safeguarding alert at the top when a private detail appears, and “could identify you” for two', async () => {
    const { studio, quote } = await setup();
    const user = userEvent.setup();
    const text = await openQuote(user);
    await user.type(text, 'I work at Northgate Imaging.');
    const alert = await screen.findByTestId('safeguarding-alert');
    expect(alert).toHaveTextContent('This could reveal something you keep private');
    expect(alert).toHaveTextContent('Quote: This mentions your employer');
    expect(alert).not.toHaveTextContent('Northgate');

    await user.type(screen.getByRole('textbox', { name: 'Broadcast soundbite' }), 'I grew up in Kassala.');
    await waitFor(() => expect(screen.getByTestId('safeguarding-alert')).toHaveTextContent('This could identify you'));
    expect(screen.getByTestId('safeguarding-alert')).toHaveTextContent(
      'Broadcast soundbite: This mentions your home town',
    );
    // The alert warns; it does not stop the words being saved.
    await savedAs(studio, quote.id, {
      text: 'I work at Northgate Imaging.',
      variants: expect.objectContaining({ soundbite: 'I grew up in Kassala.' }) as Quote['variants'],
    });
  });

  it('sends a draft for review, which locks its text', async () => {
    const { studio, quote } = await setup((services, id) => seedQuote(services, id, { text: 'We are neighbours.' }));
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: We are neighbours.');
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    await waitFor(() => expect(studio.services.quotes.get(quote.id).status).toBe('in_review'));
    expect(await screen.findByRole('textbox', { name: 'Quote' })).toHaveAttribute('readonly');
    expect(within(screen.getByTestId('quote-status')).getByText('In review')).toBeInTheDocument();
  });

  it('offers Approve only in trainer mode, and records the trainer who unlocked this window', async () => {
    const { studio, quote } = await setup(
      (services, id) => seedQuote(services, id, { text: 'We are neighbours.' }, 'in_review'),
      { trainer: 'Joy' },
    );
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: We are neighbours.');
    const approve = screen.getByRole('button', { name: 'Approve' });
    // Enabled once the backend's findings have loaded: none here, and the consent notes say where.
    await waitFor(() => expect(approve).toBeEnabled());
    await user.click(approve);
    await waitFor(() =>
      expect(studio.services.quotes.get(quote.id)).toMatchObject({ status: 'approved', approvedBy: 'Joy' }),
    );
    expect(await screen.findByTestId('approval')).toHaveTextContent(`Approved by Joy on ${APPROVAL_DAY}`);
  });

  it('holds Approve in the editor until consent says where and the trainer has read the findings', async () => {
    const { studio, quote } = await setup(
      (services, id) =>
        seedQuote(services, id, { text: 'I work at Northgate Imaging.', consentNotes: '' }, 'in_review'),
      { trainer: 'Joy' },
    );
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: I work at Northgate Imaging.');
    const status = screen.getByTestId('quote-status');
    const approve = within(status).getByRole('button', { name: 'Approve' });
    expect(approve).toBeDisabled();
    expect(approve).toHaveAccessibleDescription(
      'Cannot be approved yet: the ambassador has not said where this quote may be used.',
    );

    // Consent stays editable in review: "no restrictions" is an explicit choice, saved like any other field.
    await user.click(screen.getByRole('checkbox', { name: 'No restrictions on where this quote is used' }));
    await waitFor(() => expect(studio.services.quotes.get(quote.id).consentUnrestricted).toBe(true), { timeout: 3000 });
    await waitFor(() =>
      expect(approve).toHaveAccessibleDescription('Tick that you have read the 1 safeguarding finding to approve.'),
    );
    const findings = within(status).getByRole('list', { name: 'Findings to read before approving' });
    expect(findings).toHaveTextContent('Safeguarding, quote. Important: This mentions your employer');
    expect(findings).not.toHaveTextContent('Northgate');

    await user.click(within(status).getByRole('checkbox', { name: 'I have read this finding' }));
    await waitFor(() => expect(approve).toBeEnabled());
    await user.click(approve);
    await waitFor(() =>
      expect(studio.services.quotes.get(quote.id)).toMatchObject({ status: 'approved', approvedBy: 'Joy' }),
    );
  });

  it('shows no Approve in ambassador mode, where the backend refuses it too', async () => {
    const { studio, quote } = await setup((services, id) =>
      seedQuote(services, id, { text: 'We are neighbours.' }, 'in_review'),
    );
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: We are neighbours.');
    expect(within(screen.getByTestId('quote-status')).getByText('In review')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(
      await studio.api['quote:transition']({ id: quote.id, action: 'approve', textHash: quoteTextHash(quote) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a trainer can approve a quote. Unlock trainer mode first.' },
    });
  });

  it('shows an approved quote read-only with who approved it, keeps consent editable, and edits it as a new draft', async () => {
    const { studio, quote } = await setup((services, id) =>
      seedQuote(services, id, { text: 'We are neighbours.' }, 'approved'),
    );
    const user = userEvent.setup();
    const text = await openQuote(user, 'Open quote: We are neighbours.');
    expect(text).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Broadcast soundbite' })).toHaveAttribute('readonly');
    expect(screen.getByTestId('approval')).toHaveTextContent(`Approved by Sam on ${APPROVAL_DAY}`);
    expect(screen.queryByRole('button', { name: 'Send for review' })).not.toBeInTheDocument();

    await user.type(text, 'changed');
    expect(text).toHaveValue('We are neighbours.');

    await user.click(screen.getByRole('switch', { name: 'Consent withdrawn' }));
    await waitFor(() => expect(studio.services.quotes.get(quote.id).consentWithdrawn).toBe(true), { timeout: 3000 });

    await user.click(screen.getByRole('button', { name: 'Edit as new draft' }));
    await waitFor(() => expect(studio.services.quotes.list(quote.ambassadorId)).toHaveLength(2));
    const draft = studio.services.quotes.list(quote.ambassadorId).find((q) => q.status === 'draft');
    expect(draft).toMatchObject({ parentId: quote.id, text: 'We are neighbours.' });
    expect(studio.services.quotes.get(quote.id)).toMatchObject({ status: 'approved', text: 'We are neighbours.' });
    expect(await screen.findByRole('heading', { name: 'New draft of an approved quote' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Quote' })).not.toHaveAttribute('readonly');
  });

  it('restores an earlier version of a draft from the history', async () => {
    // The first edit of a draft keeps a copy of what it replaced: "First try." is in the history.
    const { studio, quote } = await setup((services, id) => {
      const first = seedQuote(services, id, { text: 'First try.' });
      return services.quotes.update(first.id, services.quotes.get(first.id).version, { text: 'Second try.' });
    });
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: Second try.');
    await user.click(screen.getByRole('button', { name: 'History' }));
    const drawer = await screen.findByRole('dialog', { name: 'History' });
    await user.click(await within(drawer).findByRole('button', { name: /Before later edits/ }));
    expect(await within(drawer).findByTestId('history-preview')).toHaveTextContent('Quote: First try.');
    await user.click(within(drawer).getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(studio.services.quotes.get(quote.id).text).toBe('First try.'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Quote' })).toHaveValue('First try.'));
  });

  it('explains when a restore is refused', async () => {
    // "Old words." was edited to "Approved words.", which was then sent for review and approved.
    const { studio, quote } = await setup((services, id) => {
      // Consent given when it was written, so the approval below is allowed.
      const draft = seedQuote(services, id, { text: 'Old words.', consentNotes: 'Harbour Voices press release' });
      services.quotes.update(draft.id, services.quotes.get(draft.id).version, { text: 'Approved words.' });
      return approve(services, draft.id);
    });
    const user = userEvent.setup();
    await openQuote(user, 'Open quote: Approved words.');
    await user.click(screen.getByRole('button', { name: 'History' }));
    const drawer = await screen.findByRole('dialog', { name: 'History' });
    await user.click(await within(drawer).findByRole('button', { name: /Before later edits/ }));
    await user.click(await within(drawer).findByRole('button', { name: 'Restore this version' }));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent('Only a draft can be restored from history');
    expect(studio.services.quotes.get(quote.id)).toMatchObject({ status: 'approved', text: 'Approved words.' });
  });
});
