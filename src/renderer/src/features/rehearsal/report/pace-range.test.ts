import { describe, expect, it } from 'vitest';
import {
  comfortableSyllableRate,
  describePaceRange,
  hasSyllableFigure,
  paceRange,
  syllablesPerSecondOf,
} from './pace-range';

describe('words a minute as a range for the take’s language', () => {
  it('turns a stored English-calibrated figure back into syllables a second', () => {
    expect(syllablesPerSecondOf(140)).toBeCloseTo(3.5);
  });

  it('rounds to fives and bands the typical figure against 100–165', () => {
    // 3.5 syllables a second = 210 a minute; English 1.25–1.5 syllables a word, typically 1.4.
    expect(paceRange(3.5, 'en')).toEqual({ low: 140, high: 170, typical: 150, band: 'comfortable' });
    expect(paceRange(3.5, 'ar').high).toBeLessThan(paceRange(3.5, 'en').low);
    expect(paceRange(5, 'en').band).toBe('fast');
    expect(paceRange(2, 'en').band).toBe('slow');
  });

  it('words the range, and says when the language has no figure of its own', () => {
    expect(describePaceRange({ low: 120, high: 140 }, 'en')).toMatch(/^about 120–140 words a minute in \S+/);
    expect(describePaceRange({ low: 120, high: 120 }, 'en')).toMatch(/^about 120 words a minute/);
    expect(hasSyllableFigure('ti')).toBe(false);
    expect(hasSyllableFigure('ar')).toBe(true);
    expect(describePaceRange({ low: 120, high: 140 }, 'ti')).toContain('across languages');
  });

  it('draws the comfortable band in syllables a second', () => {
    const band = comfortableSyllableRate('en');
    expect(band.min).toBeCloseTo((100 * 1.4) / 60);
    expect(band.max).toBeCloseTo((165 * 1.4) / 60);
    expect(comfortableSyllableRate('ar').min).toBeGreaterThan(band.min);
  });
});
