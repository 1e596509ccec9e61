import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedQuote, seedSettings } from '../../../../main/test-support/seed';
import type { TestStudio } from '../../../../main/test-support/test-studio';
import type { Quote } from '../../../../shared/features/quotes/schemas';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { PressQuotesScreen } from './index';

const ORIGINAL = 'Home is people.';
const THEIRS = 'Home is the people you cook for.';
const MINE = 'Home is people. Always.';

/**
 * The same quote open in two windows: this screen, and another window (a second client of the same backend)
 * that saves a new text while this one is typing. This window's save is refused, and the dialog opens.
 */
async function conflictOpen(): Promise<{ studio: TestStudio; quote: Quote; user: ReturnType<typeof userEvent.setup> }> {
  const studio = await openStudio();
  seedSettings(studio.services);
  const amina = seedAmbassador(studio.services, { firstName: 'Amina', fullName: 'Amina Yusuf' });
  const quote = seedQuote(studio.services, amina.id, { text: ORIGINAL });
  renderWithStudio(<PressQuotesScreen />, studio);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Open quote: ${ORIGINAL}` }, { timeout: 10_000 }));
  const textbox = await screen.findByRole('textbox', { name: 'Quote' });

  const other = studio.window();
  const saved = await other['quote:update']({ id: quote.id, baseVersion: quote.version, patch: { text: THEIRS } });
  expect(saved.ok).toBe(true);

  await user.type(textbox, ' Always.');
  const dialog = await screen.findByRole('dialog', { name: 'This quote was changed elsewhere' }, { timeout: 5000 });
  const quoteTexts = within(dialog).getByRole('region', { name: 'Quote' });
  expect(within(quoteTexts).getByTestId('conflict-theirs')).toHaveTextContent(THEIRS);
  expect(within(quoteTexts).getByTestId('conflict-mine')).toHaveTextContent(MINE);
  // Nothing of mine was written over theirs.
  expect(studio.services.quotes.get(quote.id).text).toBe(THEIRS);
  return { studio, quote, user };
}

function historyTexts(studio: TestStudio, id: string): string[] {
  return studio.services.revisions
    .list('quote', id)
    .map((r) => (studio.services.revisions.get(r.id).snapshot as { text: string }).text);
}

const dialogGone = () =>
  waitFor(() => expect(screen.queryByRole('dialog', { name: /changed elsewhere/ })).not.toBeInTheDocument());

describe('a quote changed in another window', () => {
  it('stops autosaving and offers both texts; "Take theirs" shows theirs and editing goes on from it', async () => {
    const { studio, quote, user } = await conflictOpen();
    await user.click(screen.getByRole('button', { name: 'Take theirs' }));
    await dialogGone();
    const textbox = screen.getByRole('textbox', { name: 'Quote' });
    expect(textbox).toHaveValue(THEIRS);
    await user.type(textbox, ' Every day.');
    await waitFor(() => expect(studio.services.quotes.get(quote.id).text).toBe(`${THEIRS} Every day.`), {
      timeout: 5000,
    });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-status', 'saved'));
  });

  it('"Keep mine as a new revision" saves mine on top, with theirs kept in the history', async () => {
    const { studio, quote, user } = await conflictOpen();
    await user.click(screen.getByRole('button', { name: 'Keep mine as a new revision' }));
    await dialogGone();
    expect(studio.services.quotes.get(quote.id).text).toBe(MINE);
    expect(historyTexts(studio, quote.id)).toEqual([THEIRS, ORIGINAL]);
    expect(screen.getByRole('textbox', { name: 'Quote' })).toHaveValue(MINE);
  });

  it('"Merge by hand" edits mine beside theirs and saves the result on top, with theirs in the history', async () => {
    const { studio, quote, user } = await conflictOpen();
    await user.click(screen.getByRole('button', { name: 'Merge by hand' }));
    const merged = await screen.findByRole('textbox', { name: 'Your merged text: Quote' });
    expect(merged).toHaveValue(MINE);
    expect(screen.getByTestId('conflict-theirs')).toHaveTextContent(THEIRS);
    await user.clear(merged);
    await user.type(merged, 'Home is the people you cook for. Always.');
    await user.click(screen.getByRole('button', { name: 'Save merged text' }));
    await dialogGone();
    expect(studio.services.quotes.get(quote.id).text).toBe('Home is the people you cook for. Always.');
    expect(historyTexts(studio, quote.id)).toEqual([THEIRS, ORIGINAL]);
  });
});
