/**
 * Who may move a quote between statuses, through the real dispatcher, sessions and permission table: approving
 * and sending back are a trainer's, each refused on its own from the ambassador's window (a rule kept for one and
 * dropped for the other must fail here); sending for review and retiring are the ambassador's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectApi } from '../../test-support/direct-client';
import { seedAmbassador, seedQuote, unlockTrainer } from '../../test-support/seed';
import { seen } from '../../test-support/seen';
import { createTestStudio, type TestStudio } from '../../test-support/test-studio';

const open: TestStudio[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
});

async function setup() {
  const studio = await createTestStudio();
  open.push(studio);
  const amina = seedAmbassador(studio.services, { firstName: 'Amina', fullName: 'Amina Yusuf' });
  const olena = seedAmbassador(studio.services, { firstName: 'Olena', fullName: 'Olena Kovalenko' });
  const trainer = studio.window();
  await unlockTrainer(trainer);
  const ambassador = studio.api;
  const entered = await ambassador['access:enter']({ ambassadorId: amina.id });
  if (!entered.ok) throw new Error(entered.error.message);
  return { studio, trainer, ambassador, aminaId: amina.id, olenaId: olena.id };
}

type Action = 'approve' | 'sendBack' | 'submit' | 'retire';

async function transition(api: DirectApi, studio: TestStudio, id: string, action: Action) {
  const textHash = action === 'approve' || action === 'sendBack' ? seen(studio.services, id) : undefined;
  return api['quote:transition']({ id, action, ...(textHash ? { textHash } : {}) });
}

describe('quote transitions from the ambassador’s own window', () => {
  it('"send back" refused from ambassador mode: FORBIDDEN, in its own words, and the quote stays in review', async () => {
    const { studio, ambassador, aminaId } = await setup();
    const q = seedQuote(studio.services, aminaId, { text: 'We are neighbours.' }, 'in_review');
    const result = await transition(ambassador, studio, q.id, 'sendBack');
    expect(result).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a trainer can send a quote back. Unlock trainer mode first.' },
    });
    expect(studio.services.quotes.get(q.id)).toMatchObject({ status: 'in_review', version: q.version });
  });

  it('"approve" refused from ambassador mode: FORBIDDEN, and nothing is approved', async () => {
    const { studio, ambassador, aminaId } = await setup();
    const q = seedQuote(studio.services, aminaId, { text: 'We are neighbours.' }, 'in_review');
    const result = await transition(ambassador, studio, q.id, 'approve');
    expect(result).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a trainer can approve a quote. Unlock trainer mode first.' },
    });
    expect(studio.services.quotes.get(q.id)).toMatchObject({ status: 'in_review', approvedBy: null });
  });

  it('the ambassador sends their own quote for review and retires it', async () => {
    const { studio, ambassador, aminaId } = await setup();
    const q = seedQuote(studio.services, aminaId, { text: 'We are neighbours.', consentNotes: 'Radio' });
    const submitted = await transition(ambassador, studio, q.id, 'submit');
    expect(submitted.ok && submitted.value.status).toBe('in_review');
    const retired = await transition(ambassador, studio, q.id, 'retire');
    expect(retired.ok && retired.value.status).toBe('retired');
  });

  it('another ambassador’s quote is not theirs to submit or retire', async () => {
    const { studio, ambassador, olenaId } = await setup();
    const q = seedQuote(studio.services, olenaId, { text: 'Home is people.' });
    for (const action of ['submit', 'retire'] as const) {
      expect(await transition(ambassador, studio, q.id, action)).toEqual({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'This quote belongs to another ambassador’s workspace, so it was not changed.',
        },
      });
    }
    expect(studio.services.quotes.get(q.id).status).toBe('draft');
  });

  it('a quote that does not exist is the handler’s to report (NOT_FOUND), not a permission refusal', async () => {
    const { ambassador } = await setup();
    const result = await ambassador['quote:transition']({ id: crypto.randomUUID(), action: 'submit' });
    expect(result.ok ? 'ok' : result.error.code).toBe('NOT_FOUND');
  });
});

describe('quote transitions from an unlocked trainer window', () => {
  it('a trainer sends a quote back to draft and approves another', async () => {
    const { studio, trainer, aminaId } = await setup();
    const back = seedQuote(studio.services, aminaId, { text: 'We are neighbours.' }, 'in_review');
    const sent = await transition(trainer, studio, back.id, 'sendBack');
    expect(sent.ok && sent.value.status).toBe('draft');
    const ok = seedQuote(studio.services, aminaId, { text: 'Home is people.' }, 'in_review');
    const approved = await transition(trainer, studio, ok.id, 'approve');
    expect(approved.ok && approved.value.status).toBe('approved');
  });
});
