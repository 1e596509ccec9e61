import { describe, expect, it } from 'vitest';
import { envelopeOf, labelledPauses, normalised, pausesSentence } from './waveform';

const pause = (start: number, duration: number) => ({ start, end: start + duration, duration });

describe('envelopeOf', () => {
  it('keeps the lowest and highest sample of each column', () => {
    const samples = Float32Array.from([0.1, -0.5, 0.3, 0, 0, 0, 0.9, -0.2]);
    expect(envelopeOf(samples, 4, 4)).toEqual({
      min: [-0.5, 0, 0, -0.2].map((v) => Math.fround(v) || 0),
      max: [0.1, 0.3, 0, 0.9].map((v) => Math.fround(v)),
      durationSeconds: 2,
    });
  });

  it('never makes more columns than samples', () => {
    expect(envelopeOf(Float32Array.from([0.2, -0.2]), 2, 480).max).toHaveLength(2);
  });

  it('scales the loudest column to full height and leaves silence flat', () => {
    const quiet = normalised({ min: [-0.05, 0], max: [0.1, 0], durationSeconds: 1 });
    expect(quiet.max).toEqual([1, 0]);
    expect(quiet.min).toEqual([-0.5, 0]);
    expect(normalised({ min: [0], max: [0], durationSeconds: 1 }).max).toEqual([0]);
  });
});

describe('pauses in words', () => {
  it('lists every pause with where it starts and how long it lasted', () => {
    expect(pausesSentence([pause(4.2, 1.2), pause(9, 0.8), pause(15.5, 3.1)], 0.7)).toBe(
      '3 pauses: at 0:04 (1.2 s), 0:09 (0.8 s) and 0:15 (3.1 s).',
    );
    expect(pausesSentence([pause(2, 0.9)], 0.7)).toBe('1 pause: at 0:02 (0.9 s).');
    expect(pausesSentence([], 0.7)).toBe('No pauses of 0.7 seconds or more.');
  });

  it('labels only the long pauses, at most four, in time order', () => {
    const pauses = [
      pause(1, 0.8),
      pause(3, 1.6),
      pause(6, 4),
      pause(9, 2),
      pause(12, 1.5),
      pause(14, 3),
      pause(18, 1.7),
    ];
    expect(labelledPauses(pauses).map((p) => p.start)).toEqual([6, 9, 14, 18]);
  });
});
