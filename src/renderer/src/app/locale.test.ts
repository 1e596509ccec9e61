import { describe, expect, it } from 'vitest';

/** Every renderer source file's text (tests left out), read by Vite when the test is built. */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Dates and numbers on screen follow the person's own system (the `undefined` locale). A fixed locale crept in
 * more than once ('en-GB' in one file, 'en-US' in another), so this looks at every renderer source file.
 */
describe('locale', () => {
  it('no screen formats dates or numbers in a fixed locale', () => {
    const fixed = /(toLocale(?:Date|Time)?String|DateTimeFormat|NumberFormat)\(\s*['"`][a-z]{2}(?:-[A-Z]{2})?['"`]/u;
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    const offenders = Object.entries(sources)
      .filter(([, text]) => fixed.test(text))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });
});
