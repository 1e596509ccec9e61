import { describe, expect, it } from 'vitest';
import { crossedCue } from './cues';

describe('crossedCue', () => {
  it('finds the 60 %, 80 % and overtime moments between two readings', () => {
    expect(crossedCue(5_900, 6_000, 10_000)).toBe('warning');
    expect(crossedCue(6_000, 7_900, 10_000)).toBeNull();
    expect(crossedCue(7_900, 8_100, 10_000)).toBe('danger');
    // Exactly the target is still on time; just past it is over time.
    expect(crossedCue(9_900, 10_000, 10_000)).toBeNull();
    expect(crossedCue(10_000, 10_200, 10_000)).toBe('overtime');
  });

  it('plays only the latest cue when one reading skips past two, and nothing going backwards', () => {
    expect(crossedCue(5_000, 8_500, 10_000)).toBe('danger');
    expect(crossedCue(0, 12_000, 10_000)).toBe('overtime');
    expect(crossedCue(9_000, 0, 10_000)).toBeNull();
    expect(crossedCue(0, 5_000, 0)).toBeNull();
  });
});
