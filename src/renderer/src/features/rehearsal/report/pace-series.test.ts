import { describe, expect, it } from 'vitest';
import { paceSeries, summarisePace } from './pace-series';

/** Syllables evenly spaced at `rate` a second from `from` to `to` seconds. */
const even = (rate: number, from: number, to: number) =>
  Array.from({ length: Math.round((to - from) * rate) }, (_, i) => from + (i + 0.5) / rate);

describe('paceSeries', () => {
  it('counts syllables in 3-second windows every half second', () => {
    const points = paceSeries(even(4, 0, 10), 10);
    expect(points).toHaveLength(15); // windows starting at 0, 0.5 … 7
    expect(points[0]).toEqual({ seconds: 1.5, label: '0:01', syllablesPerSecond: 4 });
    expect(points.at(-1)?.seconds).toBe(8.5);
    expect(points.every((p) => p.syllablesPerSecond === 4)).toBe(true);
  });

  it('shows a rush and a pause where they happened', () => {
    const times = [...even(3, 0, 6), ...even(6, 9, 15)];
    const points = paceSeries(times, 15);
    const at = (seconds: number) => points.find((p) => p.seconds === seconds)?.syllablesPerSecond;
    expect(at(1.5)).toBe(3);
    expect(at(7.5)).toBe(0); // 6 s to 9 s: nothing said
    expect(at(12)).toBe(6);
  });

  it('gives one window over a recording shorter than a window, and none for an empty one', () => {
    expect(paceSeries(even(4, 0, 2), 2)).toEqual([{ seconds: 1, label: '0:01', syllablesPerSecond: 4 }]);
    expect(paceSeries([], 0)).toEqual([]);
  });
});

describe('summarisePace', () => {
  const band = { min: 2.5, max: 4.1 };

  it('says how much of the speaking time was comfortable and where it was fastest', () => {
    const points = paceSeries([...even(3, 0, 6), ...even(6, 9, 15)], 15);
    const summary = summarisePace(points, band);
    expect(summary.fastest?.syllablesPerSecond).toBe(6);
    expect(summary.text).toMatch(/^Your pace was in the comfortable range for \d+ % of the time you were speaking\./);
    expect(summary.text).toContain('Fastest around 0:1');
  });

  it('leaves out windows that are mostly pause, and says when there is no speech', () => {
    expect(summarisePace(paceSeries(even(3, 0, 10), 10), band).text).toBe(
      'Your pace stayed in the comfortable range all through.',
    );
    expect(summarisePace(paceSeries([], 10), band)).toMatchObject({ comfortableShare: null, fastest: null });
  });
});
