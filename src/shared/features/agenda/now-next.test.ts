import { describe, expect, it } from 'vitest';
import { nowNext } from './now-next';
import type { AgendaBlock } from './schemas';

const block = (id: string, day: number, start: number, duration: number): AgendaBlock => ({
  id,
  day,
  startMinute: start,
  durationMinutes: duration,
  title: id,
  exercise: null,
  notes: '',
});

const blocks = [
  block('welcome', 1, 570, 45),
  block('houses', 1, 615, 75),
  block('lunch', 1, 750, 45),
  block('day2', 2, 570, 15),
];

describe('now and next', () => {
  it('by the clock: the block running now, its minutes left, and the next one that day', () => {
    const at = nowNext(blocks, { day: 1, minuteOfDay: 600.5, nowMs: 0 });
    expect(at.now?.id).toBe('welcome');
    expect(at.remainingMs).toBe(14.5 * 60_000);
    expect(at.next?.id).toBe('houses');
    expect(at.manual).toBe(false);
  });

  it('in a gap or before the day starts: nothing now, and the next block', () => {
    expect(nowNext(blocks, { day: 1, minuteOfDay: 700, nowMs: 0 })).toMatchObject({
      now: null,
      next: { id: 'lunch' },
    });
    expect(nowNext(blocks, { day: 1, minuteOfDay: 480, nowMs: 0 }).next?.id).toBe('welcome');
  });

  it('after the last block of the day: nothing now or next (not tomorrow’s)', () => {
    expect(nowNext(blocks, { day: 1, minuteOfDay: 900, nowMs: 0 })).toMatchObject({ now: null, next: null });
  });

  it('a block started by hand counts down its whole length whatever the clock says, then runs over', () => {
    const manual = { blockId: 'houses', startedAtMs: 1_000_000 };
    const started = nowNext(blocks, { day: 1, minuteOfDay: 10, nowMs: 1_000_000 + 60_000, manual });
    expect(started).toMatchObject({ now: { id: 'houses' }, next: { id: 'lunch' }, manual: true });
    expect(started.remainingMs).toBe(74 * 60_000);
    const over = nowNext(blocks, { day: 1, minuteOfDay: 10, nowMs: 1_000_000 + 80 * 60_000, manual });
    expect(over.remainingMs).toBe(-5 * 60_000);
  });

  it('the last block of a day started by hand has no next; a removed block falls back to the clock', () => {
    expect(
      nowNext(blocks, { day: 1, minuteOfDay: 0, nowMs: 0, manual: { blockId: 'lunch', startedAtMs: 0 } }).next,
    ).toBe(null);
    const gone = nowNext(blocks, { day: 2, minuteOfDay: 575, nowMs: 0, manual: { blockId: 'gone', startedAtMs: 0 } });
    expect(gone).toMatchObject({ now: { id: 'day2' }, manual: false });
  });
});
