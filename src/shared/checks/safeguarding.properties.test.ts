/**
 * The drafting check reads private values the same way as the export gate: every variant class is found, and
 * the highlight points at the variant in the original text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSafeguarding, type SafeguardingContext } from './safeguarding';
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
