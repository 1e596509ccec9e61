import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/features/access/schemas';
import { CONSENT_MISSING_MESSAGE } from '../../../../shared/features/quotes/approval';
import type { QuoteFields } from '../../../../shared/features/quotes/schemas';
import { seedAmbassador, seedComment, seedQuote, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { TrainerScreen } from '../trainer/TrainerScreen';
import { quoteTextHash } from '../../../../shared/features/quotes/text-hash';
import { seen } from '../../../../main/test-support/seen';

/** Amina keeps her son's name and his school private; `extra` is one more quote in review, when given. */
async function setup(role: Role, extra?: Partial<QuoteFields>) {
  const studio = await openStudio();
  const { services } = studio;
  const amina = seedAmbassador(services, {
    firstName: 'Amina',
    fullName: 'Amina Yusuf',
    privateDetails: [
      { kind: 'family_name', value: 'Idris' },
      { kind: 'other', value: 'Kassala Primary School' },
    ],
  });
  const q1 = seedQuote(services, amina.id, { text: 'We are neighbours.' }, 'in_review');
  const q2 = seedQuote(services, amina.id, { text: 'Home is people.' }, 'in_review');
  const q3 = extra ? seedQuote(services, amina.id, extra, 'in_review') : null;
  seedComment(services, { targetType: 'quote', targetId: q1.id }, 'variants.soundbite', 'Say it slower.', 'Sam');
  // After the seeding: this window opens on Amina's workspace (the starting one) at its first call.
  if (role === 'trainer') await unlockTrainer(studio.api, 'Sam');
  renderWithStudio(<TrainerScreen />, studio);
  await userEvent.setup().click(await screen.findByRole('tab', { name: 'Review queue' }));
  return { studio, q1, q2, q3 };
}

async function cardWith(text: string): Promise<HTMLElement> {
  const cards = await screen.findAllByTestId('review-quote');
  const card = cards.find((q) => q.textContent?.includes(text));
  if (!card) throw new Error(`No card shows “${text}”`);
  return card;
}

const CHILD = 'My son Idris goes to Kassala Primary School, and he loves it.';

describe('Review queue', () => {
  it('lists quotes in review and open comments, and approves with the trainer’s name', async () => {
    const { studio, q1 } = await setup('trainer');
    const user = userEvent.setup();
    const quotes = await screen.findAllByTestId('review-quote');
    expect(quotes).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Open comments (1)' })).toBeInTheDocument();
    expect(screen.getByTestId('review-comment')).toHaveTextContent('Amina Yusuf: Quote, soundbite');

    const first = quotes.find((q) => q.textContent?.includes('We are neighbours.'));
    // A quote with consent notes and nothing found by the checks is one click.
    expect(first).toHaveTextContent('No safeguarding or language findings.');
    expect(within(first as HTMLElement).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(first as HTMLElement).getByRole('button', { name: 'Approve quote by Amina Yusuf' }));
    await waitFor(() =>
      expect(studio.services.quotes.get(q1.id)).toMatchObject({ status: 'approved', approvedBy: 'Sam' }),
    );
    await waitFor(() => expect(screen.getAllByTestId('review-quote')).toHaveLength(1));
  });

  it('shows a quote’s findings inline and holds Approve until the trainer ticks that they read them', async () => {
    const { studio, q3 } = await setup('trainer', { text: CHILD });
    const user = userEvent.setup();
    const card = await cardWith('My son Idris');
    const findings = within(card).getByRole('list', { name: 'Findings on the quote by Amina Yusuf' });
    expect(within(findings).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(findings).toHaveTextContent('Safeguarding, quote. Important: This mentions a family member’s name');
    expect(findings).toHaveTextContent('This mentions something you asked to keep private.');
    expect(findings).toHaveTextContent('Together these details could identify you');
    expect(findings).not.toHaveTextContent(/Idris|Kassala/u);

    const approve = within(card).getByRole('button', { name: 'Approve quote by Amina Yusuf' });
    expect(approve).toBeDisabled();
    expect(approve).toHaveAccessibleDescription(/^Tick that you have read the \d safeguarding findings to approve\.$/u);

    // The tick is a labelled checkbox, reached and ticked from the keyboard.
    const read = within(card).getByRole('checkbox', { name: /^I have read these \d findings$/u });
    read.focus();
    await user.keyboard(' ');
    expect(read).toBeChecked();
    await waitFor(() => expect(approve).toBeEnabled());
    expect(within(card).queryByTestId('approve-reason')).not.toBeInTheDocument();
    await user.click(approve);
    await waitFor(() =>
      expect(studio.services.quotes.get(q3!.id)).toMatchObject({ status: 'approved', approvedBy: 'Sam' }),
    );
  });

  it('says why a quote without consent for a known use cannot be approved, and the backend refuses it too', async () => {
    const { studio, q3 } = await setup('trainer', { text: 'We cook for the whole street.', consentNotes: '' });
    const card = await cardWith('We cook for the whole street.');
    expect(card).toHaveTextContent('Where it may be used: not said yet');
    const approve = within(card).getByRole('button', { name: 'Approve quote by Amina Yusuf' });
    expect(approve).toBeDisabled();
    expect(approve).toHaveAccessibleDescription(
      'Cannot be approved yet: the ambassador has not said where this quote may be used.',
    );
    expect(
      await studio.api['quote:transition']({ id: q3!.id, action: 'approve', textHash: quoteTextHash(q3!) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: CONSENT_MISSING_MESSAGE },
    });
    expect(studio.services.quotes.get(q3!.id).status).toBe('in_review');
  });

  it('sends a quote back only with a comment, which is added to the quote', async () => {
    const { studio, q1 } = await setup('trainer');
    const user = userEvent.setup();
    const quotes = await screen.findAllByTestId('review-quote');
    const first = quotes.find((q) => q.textContent?.includes('We are neighbours.'));
    await user.click(within(first as HTMLElement).getByRole('button', { name: 'Send back quote by Amina Yusuf' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this quote back' });
    await user.click(within(dialog).getByRole('button', { name: 'Send back with comment' }));
    expect(await within(dialog).findByText(/Say what should change/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'What should change?' }), 'Add a human detail.');
    await user.click(within(dialog).getByRole('button', { name: 'Send back with comment' }));
    await waitFor(() => expect(studio.services.quotes.get(q1.id).status).toBe('draft'));
    expect(studio.services.comments.list('quote', q1.id).at(-1)).toMatchObject({
      field: 'text',
      body: 'Add a human detail.',
      authorName: 'Sam',
      authorRole: 'trainer',
    });
  });

  it('in ambassador mode offers no approval, only the way to switch, and still shows the findings', async () => {
    await setup('ambassador', { text: CHILD });
    const card = await cardWith('My son Idris');
    expect(within(card).getByRole('list', { name: 'Findings on the quote by Amina Yusuf' })).toBeInTheDocument();
    expect(within(card).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.getByText('Only a trainer can approve a quote or send it back.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Switch to trainer mode' })).toBeInTheDocument();
  });
  it('refuses approving text the trainer never saw: another window sent it back, edited and resubmitted it', async () => {
    const { studio, q2 } = await setup('trainer');
    const user = userEvent.setup();
    const card = await cardWith('Home is people.');
    // Meanwhile, in another window: sent back, rewritten, sent for review again.
    const { services } = studio;
    services.quotes.transition(q2.id, 'sendBack', 'Sam', [], seen(services, q2.id));
    services.quotes.update(q2.id, services.quotes.get(q2.id).version, { text: 'Home is a place I chose.' });
    services.quotes.transition(q2.id, 'submit', '');

    await user.click(within(card).getByRole('button', { name: 'Approve quote by Amina Yusuf' }));
    expect(
      await screen.findByText('This quote changed after you opened it; read the new text, then approve.'),
    ).toBeInTheDocument();
    expect(services.quotes.get(q2.id)).toMatchObject({ status: 'in_review', approvedHash: null });
    // The queue loads the new text; approving what is now shown is bound to it.
    const fresh = await cardWith('Home is a place I chose.');
    await user.click(within(fresh).getByRole('button', { name: 'Approve quote by Amina Yusuf' }));
    await waitFor(() => expect(services.quotes.get(q2.id).status).toBe('approved'));
    expect(services.quotes.get(q2.id).approvedHash).toBe(quoteTextHash(services.quotes.get(q2.id)));
  });
});
