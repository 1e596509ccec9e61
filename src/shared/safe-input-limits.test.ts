/**
 * The first look at every input, at its exact limits: 32 levels of nesting (also when a shared value is reached
 * again deeper down), 100,000 values, and the words and paths of each refusal.
 */
import { describe, expect, it } from 'vitest';
import { inspectInput, refuseInput } from './safe-input';

/** A value whose deepest leaf is `levels` below it: [[[…[0]…]]]. */
function nested(levels: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
}

describe('inspectInput at its limits', () => {
  it('32 levels of nesting pass; 33 are refused at the value 33 levels down', () => {
    expect(inspectInput(nested(32))).toBeNull();
    expect(inspectInput({ a: nested(31) })).toBeNull();
    const problem = inspectInput({ a: nested(32) });
    expect(problem).toEqual({ kind: 'too-deep', path: `a${'.0'.repeat(32)}` });
  });

  it('a shared value counts at the depth it is reached, not where it was first seen', () => {
    const shared = nested(29); // 30 levels, itself included
    expect(inspectInput({ first: shared, again: [[shared]] })).toBeNull();
    expect(inspectInput({ first: shared, again: [[[shared]]] })).toEqual({ kind: 'too-deep', path: 'again.0.0.0' });
  });

  it('100,000 values pass; one more is refused (an array counts itself, its items and its length)', () => {
    expect(inspectInput(Array.from({ length: 99_998 }, () => 0))).toBeNull();
    expect(inspectInput(Array.from({ length: 99_999 }, () => 0))).toEqual({ kind: 'too-large' });
  });

  it('a failure that is not a refusal (a getter that throws) is not turned into one', () => {
    const input = {
      get broken(): string {
        throw new Error('getter failed');
      },
    };
    expect(() => inspectInput(input)).toThrow('getter failed');
  });
});

describe('refuseInput', () => {
  it('a forbidden key: the issue says only that the key is not allowed, at its path', () => {
    expect(refuseInput(JSON.parse('{"a":{"__proto__":{}}}'))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'The request contains a key that is not allowed: a.__proto__',
        issues: [{ path: 'a.__proto__', message: 'Key not allowed' }],
      },
    });
  });

  it('a lone surrogate: the whole sentence is the issue, at its path', () => {
    const message = 'The request holds text with a broken character (a lone surrogate) at note, so it was refused.';
    expect(refuseInput({ note: 'a\uD800' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, issues: [{ path: 'note', message }] },
    });
  });

  it('too many values: the issue is about the whole input', () => {
    const result = refuseInput(Array.from({ length: 100_000 }, () => 0));
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: '(input)' }] } });
  });

  it('plain data passes', () => {
    expect(refuseInput({ a: [1, 'two', null, { b: true }] })).toBeNull();
  });
});
