import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quoteTextHash } from '../../../shared/features/quotes/text-hash';
import { AppError } from '../../../shared/result';
import type { Services } from '../../backend/services';
import { seen } from '../../test-support/seen';
import { manualClock, tempServices } from '../../test-support/temp-backend';

let services: Services;
let close: () => void;
let dir: string;
let ambassadorId: string;
const clock = manualClock();

beforeEach(async () => {
  ({ services, close, dir } = await tempServices(clock));
  ambassadorId = services.ambassadors.create({ fullName: 'Amina Yusuf' }).id;
});
afterEach(() => close());

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Everything a refused save must leave alone: the row (with its version) and its history. */
const stateOf = (id: string) => ({
  quote: services.quotes.get(id),
  history: services.revisions.list('quote', id),
});

describe('quote versions: two windows on one quote', () => {
  it('gives every quote a version and a device, bumped by each save and answered to the editor', () => {
    const q = services.quotes.create(ambassadorId, { text: 'One' });
    expect(q.version).toBe(1);
    expect(q.deviceId).toMatch(/^[0-9a-f]{32}$/);
    const saved = services.quotes.update(q.id, q.version, { text: 'Two' });
    expect(saved.version).toBe(2);
    // The same editor's next save is based on the answer's version, so it never conflicts with itself.
    expect(services.quotes.update(q.id, saved.version, { text: 'Three' }).version).toBe(3);
  });

  it('refuses a stale save of the same field, with nothing written', () => {
    const q = services.quotes.create(ambassadorId, { text: 'Home is people.' });
    services.quotes.update(q.id, q.version, { text: 'Home is the people you cook for.' }); // window A
    const before = stateOf(q.id);
    const refused = refusal(() => services.quotes.update(q.id, q.version, { text: 'Home is where I sleep.' })); // B
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/changed in another window since you opened it \(Quote\)/);
    expect(stateOf(q.id)).toEqual(before);
  });

  it('lets two windows edit two different variants, and refuses the same variant', () => {
    const q = services.quotes.create(ambassadorId, { text: 'Home is people.' });
    services.quotes.update(q.id, q.version, { variants: { soundbite: 'Home is people.' } }); // window A
    const b = services.quotes.update(q.id, q.version, { variants: { social: 'Home is people #home' } }); // B
    expect(b.variants).toMatchObject({ soundbite: 'Home is people.', social: 'Home is people #home' });
    expect(
      refusal(() => services.quotes.update(q.id, q.version, { variants: { soundbite: 'Other' } })).message,
    ).toMatch(/Broadcast soundbite/);
    // Saving what is already stored changes nothing, so it cannot conflict.
    expect(services.quotes.update(q.id, q.version, { variants: { soundbite: 'Home is people.' } }).version).toBe(
      b.version,
    );
  });

  it('keeps the replaced text in the history when a conflict is resolved by keeping mine', () => {
    const q = services.quotes.create(ambassadorId, { text: 'First' });
    const a = services.quotes.update(q.id, q.version, { text: 'Theirs' });
    clock.advance(1000); // well inside the ten-minute snapshot window
    const mine = services.quotes.update(q.id, a.version, { text: 'Mine' }, true);
    expect(mine.text).toBe('Mine');
    const texts = services.revisions
      .list('quote', q.id)
      .map((r) => (services.revisions.get(r.id).snapshot as { text: string }).text);
    expect(texts).toEqual(['Theirs', 'First']);
  });

  it('counts a status change as no change to the text, so an editor opened before it may still edit', () => {
    const q = services.quotes.create(ambassadorId, { text: 'Draft', consentNotes: 'Radio' });
    services.quotes.transition(q.id, 'submit', '');
    services.quotes.transition(q.id, 'sendBack', 'Sam', [], seen(services, q.id));
    expect(services.quotes.update(q.id, q.version, { outlet: 'Radio Leeds' }).outlet).toBe('Radio Leeds');
  });

  it('falls back to "any newer version conflicts" when a row changed without field records (an import)', () => {
    const q = services.quotes.create(ambassadorId, { text: 'Mine' });
    const saved = services.quotes.update(q.id, q.version, { text: 'Mine too' });
    // A row arriving from another laptop writes its own version and leaves the field record behind.
    const other = new Database(join(dir, 'test.sqlite'));
    other.prepare("UPDATE quote SET version = version + 5, device_id = 'other' WHERE id = ?").run(q.id);
    other.close();
    expect(refusal(() => services.quotes.update(q.id, saved.version, { outlet: 'Radio' })).code).toBe('CONFLICT');
    const current = services.quotes.get(q.id);
    expect(services.quotes.update(q.id, current.version, { outlet: 'Radio' }).outlet).toBe('Radio');
  });
});

describe('approval bound to the text the trainer saw', () => {
  const inReview = (text: string) => {
    const q = services.quotes.create(ambassadorId, { text, consentNotes: 'Press pack' });
    return services.quotes.transition(q.id, 'submit', '');
  };

  it('refuses approving or sending back with the hash of another text, and stores the approved hash', () => {
    const q = inReview('We build this town.');
    const wrong = quoteTextHash({ ...q, text: 'We build this city.' });
    for (const action of ['approve', 'sendBack'] as const) {
      const refused = refusal(() => services.quotes.transition(q.id, action, 'Sam', [], wrong));
      expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/changed after you opened/) });
    }
    expect(services.quotes.get(q.id).status).toBe('in_review');
    const approved = services.quotes.transition(q.id, 'approve', 'Sam', [], quoteTextHash(q));
    expect(approved.approvedHash).toBe(quoteTextHash(q));
    expect(services.quotes.transition(q.id, 'retire', '').approvedHash).toBe(quoteTextHash(q));
  });

  it('refuses the approval of a trainer whose window showed the text before another window sent it back, edited and resubmitted it', () => {
    const q = inReview('The old words.');
    const shownInWindowA = quoteTextHash(q);
    services.quotes.transition(q.id, 'sendBack', 'Sam', [], seen(services, q.id)); // window B
    const draft = services.quotes.get(q.id);
    services.quotes.update(q.id, draft.version, { text: 'The new words.' });
    services.quotes.transition(q.id, 'submit', '');
    const refused = refusal(() => services.quotes.transition(q.id, 'approve', 'Sam', [], shownInWindowA));
    expect(refused.message).toBe('This quote changed after you opened it; read the new text, then approve.');
    expect(services.quotes.get(q.id)).toMatchObject({ status: 'in_review', approvedHash: null });
  });

  it('insists on a hash for approving and sending back', () => {
    const q = inReview('Words.');
    expect(refusal(() => services.quotes.transition(q.id, 'approve', 'Sam')).code).toBe('VALIDATION');
  });
});
