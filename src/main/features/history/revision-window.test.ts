/**
 * The revision window, pinned by time travel rather than by importing its constant: an edit keeps a copy of the
 * previous text at most once per ten minutes, so a window of one hour (or one minute) fails here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock, tempServices } from '../../test-support/temp-backend';
import type { Services } from '../../backend/services';

const MINUTE = 60 * 1000;

let services: Services;
let close: () => void;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  clock = manualClock();
  ({ services, close } = await tempServices(clock));
});
afterEach(() => close());

function bioHistory(id: string): string[] {
  return services.revisions
    .list('ambassador', id)
    .map((h) => (services.revisions.get(h.id).snapshot as { shortBio: string }).shortBio);
}

describe('revision window is ten minutes', () => {
  it('revision window: an edit 9 minutes after the last copy keeps none, one 11 minutes after keeps one', () => {
    const a = services.ambassadors.create({ fullName: 'A', shortBio: 'v1' });
    services.ambassadors.update(a.id, { shortBio: 'v2' });
    expect(bioHistory(a.id)).toEqual(['v1']);

    clock.advance(9 * MINUTE);
    services.ambassadors.update(a.id, { shortBio: 'v3' });
    expect(bioHistory(a.id)).toEqual(['v1']);

    clock.advance(2 * MINUTE);
    services.ambassadors.update(a.id, { shortBio: 'v4' });
    expect(bioHistory(a.id)).toEqual(['v3', 'v1']);
  });

  it('revision window: the window counts from the last copy, and at exactly 10 minutes a new copy is kept', () => {
    const id = crypto.randomUUID();
    const record = (text: string) => services.revisions.recordBefore('quote', id, { text }, 'edit');
    expect(record('first')).toBe(true);
    clock.advance(10 * MINUTE - 1);
    expect(record('one millisecond early')).toBe(false);
    clock.advance(1);
    expect(record('on time')).toBe(true);
    clock.advance(10 * MINUTE - 1);
    expect(record('early again')).toBe(false);
    expect(services.revisions.list('quote', id)).toHaveLength(2);
  });

  it('revision window: only edits wait for it; a status change, or an edit marked always, keeps a copy at once', () => {
    const id = crypto.randomUUID();
    expect(services.revisions.recordBefore('quote', id, { text: 'a' }, 'edit')).toBe(true);
    clock.advance(MINUTE);
    expect(services.revisions.recordBefore('quote', id, { text: 'b' }, 'status')).toBe(true);
    clock.advance(MINUTE);
    expect(services.revisions.recordBefore('quote', id, { text: 'c' }, 'edit', { always: true })).toBe(true);
    clock.advance(MINUTE);
    expect(services.revisions.recordBefore('quote', id, { text: 'd' }, 'edit')).toBe(false);
    expect(services.revisions.list('quote', id).map((r) => r.reason)).toEqual(['edit', 'status', 'edit']);
  });
});
