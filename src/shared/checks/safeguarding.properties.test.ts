/**
 * The drafting check reads private values the same way as the export gate: every variant class is found, and
 * the highlight points at the variant in the original text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSafeguarding, type SafeguardingContext } from './safeguarding';
import { checkSelfIncrimination } from './self-incrimination';
import {
  caseProfile,
  ordinaryText,
  surroundings,
  VALUE_CASES,
  variantOfAValue,
  type ValueCase,
} from './variants.test-support';

function contextFor(c: ValueCase): SafeguardingContext {
  return { ...caseProfile(c), pseudonym: '', topicsDeclined: [], nameMode: 'first' };
}

describe('drafting safeguarding (property)', () => {
  it('finds every variant class of every private value, highlighting the variant', () => {
    fc.assert(
      fc.property(variantOfAValue, surroundings, ({ c, cls, text }, around) => {
        const draft = `${around.before}${text}${around.after}`;
        const from = around.before.length;
        const to = from + text.length;
        const strong = checkSafeguarding(draft, contextFor(c)).filter(
          (f) => f.severity === 'strong' && f.start !== undefined && f.end !== undefined,
        );
        const onIt = strong.filter((f) => (f.start ?? 0) < to && (f.end ?? 0) > from);
        expect(onIt.length, `${cls}: ${JSON.stringify(draft)}`).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('finds nothing in ordinary text, other people’s names or other scripts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALUE_CASES), ordinaryText, (c, text) => {
        expect(checkSafeguarding(text, contextFor(c)), JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

const subjects = fc.constantFrom('I', 'We', 'i', 'I had to', 'We then', 'I have been');
const others = fc.constantFrom('People', 'They', 'He', 'My cousin', 'Those who', 'Many people');
const acts = fc.constantFrom(
  { verb: 'came here', how: 'illegally' },
  { verb: 'entered the UK', how: 'without papers' },
  { verb: 'crossed the border', how: 'irregularly' },
  { verb: 'lived in Leeds', how: 'without any documents' },
  { verb: 'worked', how: 'cash in hand' },
  { verb: 'worked', how: 'off the books' },
  { verb: 'travelled', how: 'on a fake passport' },
);
const tail = fc.constantFrom('.', ' for two years.', ', as many do.', '!', '');

describe('self-incrimination (property)', () => {
  it('prompts strongly on any first-person account of an unlawful entry, stay or work', () => {
    fc.assert(
      fc.property(subjects, acts, tail, ordinaryText, (who, act, end, before) => {
        const sentence = `${who} ${act.verb} ${act.how}${end}`;
        const draft = `${before}\n${sentence}`;
        const from = before.length + 1;
        const found = checkSelfIncrimination(draft).filter(
          (f) => f.severity === 'strong' && (f.start ?? 0) >= from && (f.end ?? 0) <= draft.length,
        );
        expect(found.length, JSON.stringify(draft)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('never prompts on someone else’s account, and only gently on a denial', () => {
    fc.assert(
      fc.property(others, subjects, acts, (other, who, act) => {
        expect(checkSelfIncrimination(`${other} ${act.verb} ${act.how}.`)).toEqual([]);
        const denial = checkSelfIncrimination(`${who} never ${act.verb} ${act.how}.`);
        expect(denial.map((f) => f.severity)).toEqual(['warning']);
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing in ordinary text', () => {
    fc.assert(
      fc.property(ordinaryText, (text) => {
        expect(checkSelfIncrimination(text), JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
