import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';
import { REVISION_WINDOW_MS } from '../history/service';
import { HOUSE_TEXT_LIMIT } from '../../../shared/features/key-messages/schemas';

let services: Services;
let close: () => void;
let ambassadorId: string;
const clock = manualClock();

beforeEach(async () => {
  ({ services, close } = await tempServices(clock));
  ambassadorId = services.ambassadors.create({ fullName: 'Olena Kovalenko' }).id;
});
afterEach(() => close());

describe('message houses', () => {
  it('makes the first house primary and moves primary on request', () => {
    const a = services.houses.create(ambassadorId, { title: 'Local press' });
    const b = services.houses.create(ambassadorId, { title: 'Councillors', template: 'box' });
    expect([a.isPrimary, b.isPrimary]).toEqual([true, false]);
    services.houses.setPrimary(b.id);
    expect(services.houses.list(ambassadorId).map((h) => [h.title, h.isPrimary])).toEqual([
      ['Councillors', true],
      ['Local press', false],
    ]);
  });

  it('refuses a fourth pillar and an oversize umbrella', () => {
    const pillar = () => ({ id: crypto.randomUUID(), message: 'x', proofs: [] });
    const h = services.houses.create(ambassadorId, { pillars: [pillar(), pillar(), pillar()] });
    expect(() => services.houses.update(h.id, h.version, { addPillars: [pillar()] })).toThrow(/at most 3/);
    expect(() =>
      services.houses.update(h.id, services.houses.get(h.id).version, { umbrella: 'x'.repeat(HOUSE_TEXT_LIMIT + 1) }),
    ).toThrow(/too long/);
  });

  it('restores an earlier version, keeping the replaced one in history', () => {
    const h = services.houses.create(ambassadorId, { umbrella: 'Version one' });
    services.houses.update(h.id, services.houses.get(h.id).version, { umbrella: 'Version two' });
    clock.advance(REVISION_WINDOW_MS + 1);
    services.houses.update(h.id, services.houses.get(h.id).version, { umbrella: 'Version three' });
    const history = services.revisions.list('house', h.id);
    const oldest = history[history.length - 1]!;
    services.houses.restore(h.id, services.revisions.get(oldest.id).snapshot);
    expect(services.houses.get(h.id).umbrella).toBe('Version one');
    expect(services.revisions.list('house', h.id)[0]?.reason).toBe('restore');
  });
});

/** A trainer's search: everyone on the laptop (scoping is tested with the permission table). */
const EVERYONE = { only: null, includeArchived: false };

describe('search', () => {
  it('finds houses, quotes and comments by words and prefixes, ignoring accents and case', () => {
    const h = services.houses.create(ambassadorId, { umbrella: 'Neighbours who sing together belong together' });
    const q = services.quotes.create(ambassadorId, { text: 'Our café choir welcomes everyone' });
    services.comments.add(
      {
        targetType: 'quote',
        targetId: q.id,
        field: 'text',
        body: 'Maybe mention Thursday rehearsals',
      },
      'Sam',
    );
    expect(services.search.query('neighbour', EVERYONE).map((r) => r.entityId)).toEqual([h.id]);
    expect(services.search.query('CAFE', EVERYONE).map((r) => r.entityType)).toEqual(['quote']);
    expect(services.search.query('thursday', EVERYONE)[0]).toMatchObject({
      entityType: 'comment',
      ambassadorName: 'Olena Kovalenko',
    });
    expect(services.search.query('choir', EVERYONE)[0]?.snippet).toContain('[choir]');
  });

  it('keeps the index in step with edits and deletions, and tolerates FTS syntax in the query', () => {
    const q = services.quotes.create(ambassadorId, { text: 'Original words' });
    services.quotes.update(q.id, services.quotes.get(q.id).version, { text: 'Replacement phrase' });
    expect(services.search.query('original', EVERYONE)).toEqual([]);
    expect(services.search.query('replacement', EVERYONE)).toHaveLength(1);
    services.quotes.remove(q.id, 'Test');
    expect(services.search.query('replacement', EVERYONE)).toEqual([]);
    expect(services.search.query('"unbalanced AND OR ( NEAR', EVERYONE)).toEqual([]);
    expect(services.search.query('   ', EVERYONE)).toEqual([]);
  });
});
