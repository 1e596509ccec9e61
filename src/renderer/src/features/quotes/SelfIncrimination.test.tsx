/**
 * A press quote in which the ambassador says they came here illegally: the editor shows the safeguarding prompt
 * (legal adviser first) in the alert used for private details, and the trainer must read it before approving.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedAmbassador, seedQuote, seedSettings, unlockTrainer } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { PressQuotesScreen } from './index';

const TEXT = 'I came here illegally, and the choir gave me a voice.';

async function setup(options: { trainer?: boolean } = {}) {
  const studio = await openStudio();
  const { services } = studio;
  seedSettings(services);
  const amina = seedAmbassador(services, { firstName: 'Amina', fullName: 'Amina Yusuf', nameMode: 'first' });
  const quote = seedQuote(
    services,
    amina.id,
    { text: TEXT, consentUnrestricted: true },
    options.trainer ? 'in_review' : 'draft',
  );
  if (options.trainer) await unlockTrainer(studio.api, 'Joy');
  renderWithStudio(<PressQuotesScreen />, studio);
  const user = userEvent.setup();
  await user.click(
    await screen.findByRole('button', { name: /^Open quote: I came here illegally/ }, { timeout: 10_000 }),
  );
  return { studio, quote, user };
}

describe('Self-incrimination in a press quote', () => {
  it('shows the safeguarding prompt at the top and a strong note under the quote', async () => {
    await setup();
    const alert = await screen.findByTestId('safeguarding-alert');
    expect(alert).toHaveTextContent('This could affect your asylum or immigration case');
    expect(alert).toHaveTextContent(
      'Quote: This says you entered the country without permission. What you say can affect your asylum or immigration case. Check with your legal adviser before saying this in public.',
    );
    const notes = screen.getByRole('list', { name: 'Notes on Quote' });
    const item = within(notes)
      .getByText(/This says you entered the country/)
      .closest('li');
    expect(item).toHaveAttribute('data-kind', 'safeguarding');
    expect(item).toHaveAttribute('data-severity', 'strong');
  });

  it('is a safeguarding finding the trainer must read before approving', async () => {
    const { studio, quote, user } = await setup({ trainer: true });
    const status = screen.getByTestId('quote-status');
    const approve = within(status).getByRole('button', { name: 'Approve' });
    await waitFor(() =>
      expect(approve).toHaveAccessibleDescription('Tick that you have read the 1 safeguarding finding to approve.'),
    );
    const findings = within(status).getByRole('list', { name: 'Findings to read before approving' });
    expect(findings).toHaveTextContent('Safeguarding, quote. Important: This says you entered the country');
    await user.click(within(status).getByRole('checkbox', { name: 'I have read this finding' }));
    await waitFor(() => expect(approve).toBeEnabled());
    await user.click(approve);
    await waitFor(() => expect(studio.services.quotes.get(quote.id)).toMatchObject({ status: 'approved' }));
  });
});
