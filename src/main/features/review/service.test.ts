import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAmbassador, seedQuote, unlockTrainer } from '../../test-support/seed';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';
import { quoteTextHash } from '../../../shared/features/quotes/text-hash';

let studio: TestStudio;
beforeEach(async () => {
  studio = await createTestStudio();
});
afterEach(() => studio.close());

function seedAmina() {
  return seedAmbassador(studio.services, {
    fullName: 'Amina Yusuf',
    firstName: 'Amina',
    nameMode: 'first',
    topicsDeclined: ['religion'],
    privateDetails: [
      { kind: 'family_name', value: 'Hassan Yusuf' },
      { kind: 'other', value: 'Kassala Primary School' },
    ],
  });
}

describe('review queue findings', () => {
  it('carries each quote’s safeguarding and language findings, never the private value itself', async () => {
    const amina = seedAmina();
    const risky = seedQuote(
      studio.services,
      amina.id,
      { text: 'My son Hassan Yusuf goes to Kassala Primary School. They said we came as a swarm.' },
      'in_review',
    );
    const clean = seedQuote(studio.services, amina.id, { text: 'Home is people.' }, 'in_review');
    await unlockTrainer(studio.api);
    const queue = await studio.api['review:queue']({});
    if (!queue.ok) throw new Error(queue.error.message);
    const byId = new Map(queue.value.quotes.map((entry) => [entry.quote.id, entry.findings]));
    expect(byId.get(clean.id)).toEqual([]);
    const findings = byId.get(risky.id) ?? [];
    expect(new Set(findings.map((f) => f.kind))).toEqual(new Set(['safeguarding', 'language']));
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['field', 'id', 'kind', 'message', 'severity', 'suggestion']);
      expect(JSON.stringify(f)).not.toMatch(/Hassan|Kassala/u);
    }
    // Length and readability are the writer's business; the queue shows what a reviewer must look at.
    expect(findings.every((f) => f.kind === 'safeguarding' || f.kind === 'language')).toBe(true);
  });

  it('approves through the channel only once the trainer says they read every finding in the queue', async () => {
    const amina = seedAmina();
    const quote = seedQuote(studio.services, amina.id, { text: 'Hassan Yusuf is my brother.' }, 'in_review');
    await unlockTrainer(studio.api, 'Joy');
    const queue = await studio.api['review:queue']({});
    if (!queue.ok) throw new Error(queue.error.message);
    const ids = queue.value.quotes[0]!.findings.map((f) => f.id);
    expect(ids.length).toBeGreaterThan(0);

    expect(
      await studio.api['quote:transition']({ id: quote.id, action: 'approve', textHash: quoteTextHash(quote) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/^Read this quote’s open findings/u) },
    });
    expect(
      await studio.api['quote:transition']({
        id: quote.id,
        action: 'approve',
        acknowledgedFindings: ids,
        textHash: quoteTextHash(quote),
      }),
    ).toMatchObject({ ok: true, value: { status: 'approved', approvedBy: 'Joy' } });
  });

  it('shows an ambassador the findings on their own quotes only', async () => {
    const amina = seedAmina();
    const other = seedAmbassador(studio.services, { fullName: 'Olena Kovalenko' }, { current: false });
    seedQuote(studio.services, amina.id, { text: 'Hassan Yusuf is my brother.' }, 'in_review');
    seedQuote(studio.services, other.id, { text: 'We came as a swarm, they said.' }, 'in_review');
    // This window opens on Amina's workspace (the current one) without trainer mode.
    const queue = await studio.api['review:queue']({});
    if (!queue.ok) throw new Error(queue.error.message);
    expect(queue.value.quotes.map((entry) => entry.quote.ambassadorId)).toEqual([amina.id]);
    expect(queue.value.quotes[0]!.findings.length).toBeGreaterThan(0);
  });
});
