import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { damageQuoteFields } from '../../../../main/test-support/damage';
import { seedAmbassador, seedQuote, seedSettings } from '../../../../main/test-support/seed';
import { renderWithStudio } from '../../test-utils/render';
import { openStudio } from '../../test-utils/studio';
import { PressQuotesScreen } from '../quotes';
import { RepairScreen } from './RepairScreen';

async function studioWithDamagedQuote() {
  const studio = await openStudio();
  seedSettings(studio.services);
  const wei = seedAmbassador(studio.services, { fullName: 'Wei Zhang' });
  const quote = seedQuote(studio.services, wei.id, { text: 'Care is work.' });
  const raw = damageQuoteFields(studio.services.ctx.db, quote.id);
  return { studio, quote, raw };
}

describe('a quote that needs repair', () => {
  it('is marked in the list and opens readable, with every field disabled and the stored text shown', async () => {
    const { studio, raw } = await studioWithDamagedQuote();
    const user = userEvent.setup();
    renderWithStudio(<PressQuotesScreen />, studio);

    expect(await screen.findByText('Needs repair', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open quote: Care is work.' }));
    expect(await screen.findByText('This quote needs repair')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Quote' })).toHaveValue('Care is work.');
    expect(screen.getByRole('textbox', { name: 'Quote' })).toBeDisabled();
    expect(screen.getByText(/^variants\.socialPlatform: /)).toBeInTheDocument();
    expect(studio.services.ctx.db.prepare('SELECT fields FROM quote').pluck().get()).toBe(raw);
  });

  it('is repaired on the Repair screen with corrected text, and is then an ordinary quote again', async () => {
    const { studio, quote, raw } = await studioWithDamagedQuote();
    const user = userEvent.setup();
    renderWithStudio(<RepairScreen />, studio);

    const card = await screen.findByRole('article', { name: 'Care is work.' });
    const box = within(card).getByRole('textbox', { name: /^Stored text of “Care is work\.”/ });
    expect((box as HTMLTextAreaElement).value).toContain('"socialPlatform": "myspace"');
    await user.click(within(card).getByRole('button', { name: 'Save corrected text' }));
    expect(await within(card).findByText(/still does not fit/)).toBeInTheDocument();

    await user.clear(box);
    await user.click(box);
    await user.paste(JSON.stringify(JSON.parse(raw), null, 2).replace('myspace', 'instagram'));
    await user.click(within(card).getByRole('button', { name: 'Save corrected text' }));
    expect(await screen.findByRole('heading', { name: 'Nothing needs repair' })).toBeInTheDocument();
    await waitFor(() => expect(studio.services.quotes.get(quote.id).variants.socialPlatform).toBe('instagram'));
  });
});
