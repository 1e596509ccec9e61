import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAmbassador, seedQuote, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';

let studio: TestStudio;
beforeEach(async () => {
  studio = await createTestStudio();
});
afterEach(() => studio.close());

describe('paged list channels', () => {
  it('quote:summaries gives a window of light rows, drafts first, with the counts by status', async () => {
    const amina = seedAmbassador(studio.services, { fullName: 'Amina Yusuf' });
    for (let i = 0; i < 7; i += 1) seedQuote(studio.services, amina.id, { text: `  Draft number ${i}.` });
    seedQuote(studio.services, amina.id, { text: 'Waiting words.' }, 'in_review');
    const page = await studio.api['quote:summaries']({ ambassadorId: amina.id, offset: 5, limit: 10 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value).toMatchObject({ total: 8, offset: 5, counts: { draft: 7, in_review: 1, approved: 0 } });
    expect(page.value.items.map((q) => q.status)).toEqual(['draft', 'draft', 'in_review']);
    expect(page.value.items[0]?.excerpt).toMatch(/^Draft number \d\.$/u);
    expect(Object.keys(page.value.items[0] ?? {}).sort()).toEqual(
      ['consentWithdrawn', 'excerpt', 'id', 'occasion', 'outlet', 'status', 'updatedAt'].sort(),
    );
  });

  it('review:queue filters by ambassador, status and findings in the backend, and counts before the window', async () => {
    const amina = seedAmbassador(studio.services, { fullName: 'Amina Yusuf' });
    const olena = seedAmbassador(studio.services, { fullName: 'Olena Koval' });
    for (let i = 0; i < 5; i += 1) seedQuote(studio.services, amina.id, { text: `Home is people ${i}.` }, 'in_review');
    const swarm = seedQuote(studio.services, olena.id, { text: 'They called us a swarm.' }, 'in_review');
    seedQuote(studio.services, olena.id, { text: 'An approved line.' }, 'approved');
    await unlockTrainer(studio.api);
    const ask = async (input: Parameters<TestStudio['api']['review:queue']>[0]) => {
      const result = await studio.api['review:queue'](input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    expect((await ask({})).total).toBe(6);
    const window = await ask({ offset: 2, limit: 2 });
    expect(window).toMatchObject({ total: 6, offset: 2 });
    expect(window.quotes).toHaveLength(2);
    expect((await ask({ ambassadorId: amina.id })).total).toBe(5);
    const flagged = await ask({ hasFindings: true });
    expect(flagged.quotes.map((q) => q.quote.id)).toEqual([swarm.id]);
    expect(flagged.quotes[0]?.findings.length).toBeGreaterThan(0);
    expect((await ask({ hasFindings: false })).total).toBe(5);
    expect((await ask({ status: 'approved' })).quotes.map((q) => q.quote.text)).toEqual(['An approved line.']);
    expect((await ask({ quoteId: swarm.id })).quotes).toHaveLength(1);
  });
});
