/**
 * A deleted quote or house keeps no text outside the Trash: not in its row, its history, its comments or the
 * search index. The Trash holds the one copy for 30 days; once it is emptied, not even the bytes of the data file
 * or its WAL hold the words.
 */
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../backend/services';
import { countIn, newMarker, textNeedles } from '../ambassadors/erase.test-support';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import { seedComment } from '../../test-support/seed';
import { REVISION_WINDOW_MS } from './service';

let services: Services;
let close: () => void;
let dir: string;
const clock = manualClock();

beforeEach(async () => {
  ({ services, close, dir } = await tempServices(clock));
});
afterEach(() => close());

const db = (): Database => services.ctx.db;
const onDisk = (text: string) => {
  const dbPath = join(dir, 'test.sqlite');
  return countIn(dbPath, textNeedles(text)) + countIn(`${dbPath}-wal`, textNeedles(text));
};

function leftovers(type: 'house' | 'quote', id: string) {
  const table = type === 'house' ? 'message_house' : 'quote';
  return {
    fields: (db().prepare(`SELECT fields FROM ${table} WHERE id = ?`).get(id) as { fields: string }).fields,
    revisions: services.revisions.list(type, id).length,
    comments: db().prepare("SELECT body FROM comment WHERE target_id = ? AND body <> ''").all(id).length,
    searchRows: (db().prepare('SELECT COUNT(*) AS n FROM search_doc').get() as { n: number }).n,
  };
}

describe('deleting a quote or a house', () => {
  it('blanks a quote, drops its history, its comments’ text and its search words', () => {
    const marker = newMarker();
    const a = services.ambassadors.create({ fullName: 'Amina Yusuf' });
    const quote = services.quotes.create(a.id, { text: `First ${marker} line.` });
    clock.advance(REVISION_WINDOW_MS + 1);
    services.quotes.update(quote.id, services.quotes.get(quote.id).version, { text: `Second ${marker} line.` });
    seedComment(services, { targetType: 'quote', targetId: quote.id }, 'text', `Shorter ${marker}?`);
    expect(services.revisions.list('quote', quote.id)).toHaveLength(1);
    const everyone = { only: null, includeArchived: true };
    expect(services.search.query(marker, everyone)).toHaveLength(2);
    expect(onDisk(marker)).toBeGreaterThan(0);

    services.quotes.remove(quote.id, 'Amina Yusuf');

    expect(leftovers('quote', quote.id)).toEqual({ fields: '{}', revisions: 0, comments: 0, searchRows: 0 });
    expect(services.search.query(marker, everyone)).toEqual([]);
    expect(services.trash.list(null).map((item) => item.entityId)).toEqual([quote.id]);
    expect(onDisk(marker)).toBeGreaterThan(0);

    expect(services.trash.empty(null)).toBe(1);
    expect(onDisk(marker)).toBe(0);
  });

  it('blanks a house the same way, and keeps the other house as the primary one', () => {
    const marker = newMarker();
    const a = services.ambassadors.create({ fullName: 'Amina Yusuf' });
    const house = services.houses.create(a.id, { umbrella: `Home is ${marker}` });
    const other = services.houses.create(a.id, { umbrella: 'We build this town together' });
    clock.advance(REVISION_WINDOW_MS + 1);
    services.houses.update(house.id, services.houses.get(house.id).version, { goal: `Change ${marker} minds` });
    seedComment(services, { targetType: 'house', targetId: house.id }, 'umbrella', `Punchier ${marker}?`);

    services.houses.remove(house.id, 'Amina Yusuf');

    expect(leftovers('house', house.id)).toEqual({ fields: '{}', revisions: 0, comments: 0, searchRows: 1 });
    expect(services.houses.get(other.id).isPrimary).toBe(true);
    services.trash.empty(null);
    expect(onDisk(marker)).toBe(0);
  });
});
