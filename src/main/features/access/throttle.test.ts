/** How long a wrong secret makes the next try wait, and how the wait is worded. */
import { describe, expect, it } from 'vitest';
import { tryAgainIn, waitAfter } from './throttle';

describe('waitAfter', () => {
  it('the first four wrong tries are free; the fifth waits 30 seconds, and each further one doubles it', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 11].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 1_920_000]);
  });

  it('never more than an hour', () => {
    expect(waitAfter(12)).toBe(3_600_000);
    expect(waitAfter(40)).toBe(3_600_000);
  });
});

describe('tryAgainIn', () => {
  it('seconds under a minute, rounded up, at least one', () => {
    expect(tryAgainIn(0)).toBe('1 second');
    expect(tryAgainIn(1000)).toBe('1 second');
    expect(tryAgainIn(1001)).toBe('2 seconds');
    expect(tryAgainIn(59_999)).toBe('60 seconds');
  });

  it('minutes from a minute on, rounded up', () => {
    expect(tryAgainIn(60_000)).toBe('1 minute');
    expect(tryAgainIn(60_001)).toBe('2 minutes');
    expect(tryAgainIn(3_600_000)).toBe('60 minutes');
  });
});
