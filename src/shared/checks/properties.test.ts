import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runAllChecks, type CheckContext } from './run-all';
import { forceSegmenterFallback } from './segment';
import { FINDING_KINDS, SEVERITIES, type Finding } from './types';

/** Pieces that make findings likely, plus the awkward parts of Unicode: RTL marks, combining marks, ZWJ, lone surrogates. */
const TRICKY = [
  'swarm',
  'Swarming',
  'illegal immigrants',
  'a wave of migrants',
  'invasion of refugees',
  'hordes',
  'Cockroaches',
  'overrun our towns',
  'not a flood or a wave',
  'pouring into',
  'I came here illegally',
  'I never worked cash in hand',
  'Without papers, I ',
  'I’m undocumented',
  'job',
  'Aleppo',
  'Ale\u0301ppo',
  'São Paulo',
  'Amina Haddad',
  'Haddad',
  'religion',
  'utilise',
  'was paid',
  'حمص',
  'بحمص',
  'مرحبا',
  '成都',
  '我们来自很多国家',
  'Олена',
  'Харків',
  '\u200f',
  '\u200e',
  '\u0301',
  '\u0651',
  '\u200d',
  '\u0600',
  '👩‍👩‍👧',
  '🇺🇦',
  '🏽',
  '\ufe0f',
  '. ',
  '! ',
  '? ',
  '。',
  '؟',
  '\n',
  '\r\n',
  ' ',
  '\u00a0',
  '-',
  "'",
  '’',
  'ß',
  'İ',
  'ﬁ',
  '\ud800',
  '\udc00',
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ' the ', ' and ', ' was ') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

const draft = fc.array(unit, { maxLength: 300 }).map((parts) => parts.join(''));
const longDraft = fc.array(unit, { minLength: 1500, maxLength: 3000 }).map((parts) => parts.join('').slice(0, 10_000));

const context = fc.record({
  kind: fc.constantFrom('press' as const, 'soundbite' as const, 'social' as const),
  wordsPerSecond: fc.oneof(fc.constant(undefined), fc.double({ min: -5, max: 20, noNaN: false })),
  platformLimit: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('x' as const, 'bluesky' as const),
    fc.integer({ min: -10, max: 500 }),
  ),
  nameMode: fc.constantFrom('full' as const, 'first' as const, 'pseudonym' as const),
});

function pick(c: {
  kind: 'press' | 'soundbite' | 'social';
  wordsPerSecond: number | undefined;
  platformLimit: 'x' | 'bluesky' | number | undefined;
  nameMode: 'full' | 'first' | 'pseudonym';
}): CheckContext {
  return {
    length: { kind: c.kind, wordsPerSecond: c.wordsPerSecond, platformLimit: c.platformLimit },
    safeguarding: {
      privateDetails: [
        { kind: 'home_town', value: 'Aleppo' },
        { kind: 'employer', value: 'Sao Paulo' },
        { kind: 'home_town', value: 'حمص' },
        { kind: 'current_location', value: '成都' },
        { kind: 'other', value: 'Олена' },
      ],
      topicsDeclined: ['religion', 'family'],
      fullName: 'Amina Haddad',
      firstName: 'Amina',
      pseudonym: 'Noor',
      nameMode: c.nameMode,
    },
  };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemeBoundaries(text: string): Set<number> {
  const set = new Set<number>([text.length]);
  for (const s of graphemes.segment(text)) set.add(s.index);
  return set;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function expectWellFormed(text: string, findings: readonly Finding[], strictGraphemes: boolean): void {
  const boundaries = strictGraphemes ? graphemeBoundaries(text) : null;
  const ids = new Set<string>();
  for (const f of findings) {
    expect(FINDING_KINDS).toContain(f.kind);
    expect(SEVERITIES).toContain(f.severity);
    expect(f.id.length).toBeGreaterThan(0);
    expect(ids.has(f.id)).toBe(false);
    ids.add(f.id);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.suggestion.length).toBeGreaterThan(0);
    if (f.start === undefined || f.end === undefined) {
      expect(f.start).toBeUndefined();
      expect(f.end).toBeUndefined();
      continue;
    }
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(splitsSurrogatePair(text, f.start)).toBe(false);
    expect(splitsSurrogatePair(text, f.end)).toBe(false);
    if (boundaries) {
      expect(boundaries.has(f.start), `start ${f.start} of ${f.id}`).toBe(true);
      expect(boundaries.has(f.end), `end ${f.end} of ${f.id}`).toBe(true);
    }
  }
}

afterEach(() => forceSegmenterFallback(false));

describe('checks on any text (property)', () => {
  it('never throw, and offsets stay inside the text on grapheme boundaries', () => {
    fc.assert(
      fc.property(draft, context, (text, c) => {
        const result = runAllChecks(text, pick(c));
        expectWellFormed(text, result.findings, true);
        expect(result.readability.words).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(result.length?.seconds)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('handle drafts of up to 10,000 characters', () => {
    fc.assert(
      fc.property(longDraft, context, (text, c) => {
        expectWellFormed(text, runAllChecks(text, pick(c)).findings, true);
      }),
      { numRuns: 8 },
    );
  });

  it('handle any code points, including unpaired surrogates', () => {
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.string({ unit: 'grapheme', maxLength: 500 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 500 }),
    );
    fc.assert(
      fc.property(anything, context, (text, c) => {
        expectWellFormed(text, runAllChecks(text, pick(c)).findings, true);
      }),
      { numRuns: 150 },
    );
  });

  it('keep offsets valid without Intl.Segmenter (fallback counting and snapping)', () => {
    forceSegmenterFallback(true);
    fc.assert(
      fc.property(draft, context, (text, c) => {
        expectWellFormed(text, runAllChecks(text, pick(c)).findings, false);
      }),
      { numRuns: 150 },
    );
  });
});
