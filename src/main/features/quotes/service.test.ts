import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUOTE_STATUSES, nextStatus, type QuoteAction } from '../../../shared/features/quotes/schemas';
import { AppError } from '../../../shared/result';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { seen } from '../../test-support/seen';

let services: Services;
let close: () => void;
let ambassadorId: string;
const clock = manualClock();

beforeEach(async () => {
  ({ services, close } = await tempServices(clock));
  ambassadorId = services.ambassadors.create({ fullName: 'Amina Yusuf' }).id;
});
afterEach(() => close());

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

function approvedQuote(text = 'We build this town together.') {
  const q = services.quotes.create(ambassadorId, { text, consentNotes: 'Harbour Voices press release' });
  services.quotes.transition(q.id, 'submit', '');
  return services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id));
}

describe('quote status machine', () => {
  it('allows exactly the listed transitions', () => {
    const table = Object.fromEntries(
      QUOTE_STATUSES.map((s) => [
        s,
        (['submit', 'approve', 'sendBack', 'retire'] as QuoteAction[]).map((a) => nextStatus(s, a)),
      ]),
    );
    expect(table).toEqual({
      draft: ['in_review', null, null, 'retired'],
      in_review: [null, 'approved', 'draft', 'retired'],
      approved: [null, null, null, 'retired'],
      retired: [null, null, null, null],
    });
  });

  it('records who approved and when, and locks the approved text', () => {
    clock.advance(5000);
    const q = approvedQuote();
    expect(q).toMatchObject({ status: 'approved', approvedBy: 'Sam', approvedAt: clock.now() });
    expect(
      codeOf(() => services.quotes.update(q.id, services.quotes.get(q.id).version, { text: 'Changed in place' })),
    ).toBe('CONFLICT');
    expect(services.quotes.get(q.id).text).toBe('We build this town together.');
    // Consent stays the ambassador's to change, even after approval.
    expect(
      services.quotes.update(q.id, services.quotes.get(q.id).version, { consentWithdrawn: true }).consentWithdrawn,
    ).toBe(true);
  });

  it('edits an approved quote as a new draft that points back to it', () => {
    const q = approvedQuote();
    const draft = services.quotes.reviseApproved(q.id);
    expect(draft).toMatchObject({ status: 'draft', parentId: q.id, text: q.text });
    expect(services.quotes.update(draft.id, services.quotes.get(draft.id).version, { text: 'Better line' }).text).toBe(
      'Better line',
    );
    expect(services.quotes.get(q.id).status).toBe('approved');
  });

  it('refuses illegal transitions without writing', () => {
    const q = services.quotes.create(ambassadorId, { text: 'Draft' });
    expect(codeOf(() => services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id)))).toBe('CONFLICT');
    services.quotes.transition(q.id, 'retire', '');
    expect(codeOf(() => services.quotes.transition(q.id, 'submit', ''))).toBe('CONFLICT');
    expect(services.quotes.get(q.id).status).toBe('retired');
  });

  it('refuses to send an empty quote for review and to approve after consent was withdrawn', () => {
    const empty = services.quotes.create(ambassadorId, {});
    expect(codeOf(() => services.quotes.transition(empty.id, 'submit', ''))).toBe('VALIDATION');
    const q = services.quotes.create(ambassadorId, { text: 'Withdrawn', consentWithdrawn: true });
    services.quotes.transition(q.id, 'submit', '');
    expect(codeOf(() => services.quotes.transition(q.id, 'approve', 'Sam', [], seen(services, q.id)))).toBe('CONFLICT');
  });

  it('snapshots on every status change and restores a draft from history', () => {
    const q = services.quotes.create(ambassadorId, { text: 'First version' });
    services.quotes.update(q.id, services.quotes.get(q.id).version, { text: 'Second version' });
    const [firstEdit] = services.revisions.list('quote', q.id);
    services.quotes.restore(q.id, services.revisions.get(firstEdit!.id).snapshot);
    expect(services.quotes.get(q.id).text).toBe('First version');
    services.quotes.transition(q.id, 'submit', '');
    expect(services.revisions.list('quote', q.id).map((r) => r.reason)).toContain('status');
    expect(codeOf(() => services.quotes.restore(q.id, services.revisions.get(firstEdit!.id).snapshot))).toBe(
      'CONFLICT',
    );
  });

  it('keeps a linked pillar honest', () => {
    const house = services.houses.create(ambassadorId, { pillars: [] });
    expect(
      codeOf(() => services.quotes.create(ambassadorId, { houseId: house.id, pillarId: crypto.randomUUID() })),
    ).toBe('NOT_FOUND');
  });
});

describe('comments and review', () => {
  it('lets a trainer comment, the ambassador resolve, and the queue list both', () => {
    const q = services.quotes.create(ambassadorId, { text: 'For review' });
    services.quotes.transition(q.id, 'submit', '');
    const c = services.comments.add(
      { targetType: 'quote', targetId: q.id, field: 'text', body: 'Can you add where?' },
      'Sam',
    );
    expect(c).toMatchObject({ authorRole: 'trainer', authorName: 'Sam', resolvedAt: null });
    const queue = services.review.queue();
    expect(queue.quotes.map((x) => x.quote.id)).toEqual([q.id]);
    expect(queue.comments.map((x) => x.ambassadorName)).toEqual(['Amina Yusuf']);
    services.comments.setResolved(c.id, true);
    expect(services.review.queue().comments).toEqual([]);
  });

  it('refuses comments on deleted items', () => {
    const house = services.houses.create(ambassadorId, {});
    services.houses.remove(house.id, 'Test');
    expect(
      codeOf(() =>
        services.comments.add({ targetType: 'house', targetId: house.id, field: 'umbrella', body: 'Hi' }, null),
      ),
    ).toBe('NOT_FOUND');
  });
});
