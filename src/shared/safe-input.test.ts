import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { inputProblemMessage, inspectInput, MAX_INPUT_DEPTH, MAX_INPUT_NODES, refuseInput } from './safe-input';

/** Each level refers to the one below twice: `levels` objects, 2^levels paths. */
function doubling(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { end: true };
  for (let i = 0; i < levels; i += 1) node = { a: node, b: node };
  return node;
}

describe('inspectInput', () => {
  it('passes ordinary inputs, typed arrays counting as one value', () => {
    expect(inspectInput(undefined)).toBeNull();
    expect(inspectInput({ id: 'x', patch: { shortBio: 'Nurse', tags: ['a', 'b'] } })).toBeNull();
    expect(inspectInput({ recording: { bytes: new Uint8Array(12 * 1024 * 1024) } })).toBeNull();
    // A value used twice (two fields pointing at the same small object) is fine.
    const shared = { a: 1 };
    expect(inspectInput({ before: shared, after: shared })).toBeNull();
  });

  it('finds forbidden keys at any depth, also behind a shared reference', () => {
    expect(inspectInput(JSON.parse('{"a":{"b":{"__proto__":{}}}}'))).toEqual({
      kind: 'forbidden-key',
      path: 'a.b.__proto__',
    });
    expect(inspectInput({ a: [{ constructor: 1 }] })).toEqual({ kind: 'forbidden-key', path: 'a.0.constructor' });
    expect(inspectInput({ [Symbol('s')]: 1 })).toEqual({ kind: 'forbidden-key', path: '[symbol]' });
    const evil = JSON.parse('{"prototype":1}') as object;
    expect(inspectInput({ x: evil, y: evil })).toEqual({ kind: 'forbidden-key', path: 'x.prototype' });
  });

  it('refuses values nested deeper than any channel needs, also when the deep part was seen before', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH + 1; i += 1) deep = { d: deep };
    expect(inspectInput(deep)).toMatchObject({ kind: 'too-deep' });

    let half: unknown = 'leaf';
    for (let i = 0; i < 20; i += 1) half = { d: half };
    let outer: unknown = half;
    for (let i = 0; i < 20; i += 1) outer = { o: outer };
    // `half` alone is fine; reached again 20 levels down it is not.
    expect(inspectInput({ shallow: half, deep: outer })).toMatchObject({ kind: 'too-deep' });
  });

  it('refuses a value that contains itself', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = { again: loop };
    expect(inspectInput(loop)).toEqual({ kind: 'cycle', path: 'self.again' });
    const parsed = devalue.parse(devalue.stringify(loop));
    expect(inspectInput(parsed)).toMatchObject({ kind: 'cycle' });
  });

  it('counts shared references per path and refuses 2^25 paths in a few hundred bytes, in well under 50 ms', () => {
    const payload = devalue.stringify({ id: 'x', patch: doubling(25) });
    expect(payload.length).toBeLessThan(500);
    const input = devalue.parse(payload);
    const started = performance.now();
    const problem = inspectInput(input);
    const elapsed = performance.now() - started;
    expect(problem).toEqual({ kind: 'too-large' });
    expect(elapsed).toBeLessThan(50);
  });

  it('counts wide fan-out too: 400 references to an object of 400 values', () => {
    const row = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`k${i}`, i]));
    expect(inspectInput({ rows: Array.from({ length: 400 }, () => row) })).toEqual({ kind: 'too-large' });
    // The same number of values without sharing is refused the same way.
    const rows = Array.from({ length: 400 }, () => ({ ...row }));
    expect(inspectInput({ rows })).toEqual({ kind: 'too-large' });
  });

  it('accepts inputs just under the cap', () => {
    // An array counts itself and its length besides its items.
    const items = Array.from({ length: MAX_INPUT_NODES - 4 }, (_, i) => i);
    expect(inspectInput({ items })).toBeNull();
    expect(inspectInput({ items: [...items, 0, 0] })).toEqual({ kind: 'too-large' });
  });

  it('explains each refusal in a sentence', () => {
    expect(inputProblemMessage({ kind: 'forbidden-key', path: 'a.__proto__' })).toBe(
      'The request contains a key that is not allowed: a.__proto__',
    );
    expect(inputProblemMessage({ kind: 'too-large' })).toBe(
      'The request holds too many values (more than 100,000, counting repeated ones each time), so it was refused.',
    );
    expect(inputProblemMessage({ kind: 'too-deep', path: 'a.b' })).toMatch(/nested too deeply .* at a\.b\.$/);
    expect(inputProblemMessage({ kind: 'cycle', path: 'self' })).toMatch(/contains itself \(at self\)/);
  });
});

describe('inspectInput and plain data', () => {
  class Point {
    x = 1;
  }

  it('refuses values that are not plain data, naming what and where', () => {
    const cases: Array<[unknown, string, string]> = [
      [{ patch: new Map() }, 'Map', 'patch'],
      [{ tags: new Set(['a']) }, 'Set', 'tags'],
      [{ at: new Date(0) }, 'Date', 'at'],
      [{ re: /x/u }, 'RegExp', 're'],
      [{ p: new Point() }, 'Point', 'p'],
      [{ list: [new Int16Array(1)] }, 'Int16Array', 'list.0'],
      [{ buf: new ArrayBuffer(1) }, 'ArrayBuffer', 'buf'],
      [{ view: new DataView(new ArrayBuffer(1)) }, 'DataView', 'view'],
      [{ boxed: Object('text') as object }, 'String', 'boxed'],
      [{ odd: Object.create({ inherited: 1 }) as object }, 'object with an unusual prototype', 'odd'],
      [new Map(), 'Map', '(root)'],
    ];
    for (const [input, type, path] of cases) expect(inspectInput(input)).toEqual({ kind: 'not-plain', path, type });
  });

  it('passes plain objects, objects without a prototype, arrays and bytes', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(inspectInput({ bare, list: [1, 'two', null, true], bytes: new Uint8Array(2) })).toBeNull();
  });

  it('refuses a lone surrogate in text or in a key, and passes surrogate pairs', () => {
    expect(inspectInput({ a: { b: 'x\ud800' } })).toEqual({ kind: 'lone-surrogate', path: 'a.b' });
    expect(inspectInput({ a: ['\udfff'] })).toEqual({ kind: 'lone-surrogate', path: 'a.0' });
    expect(inspectInput({ a: { ['k\udc00']: 1 } })).toEqual({ kind: 'lone-surrogate', path: 'a.k\ufffd' });
    expect(inspectInput('\ud83d')).toEqual({ kind: 'lone-surrogate', path: '(root)' });
    expect(inspectInput({ a: 'home 🏠', b: '\ud83c\udfe0' })).toBeNull();
  });

  it('builds the same failed Result dispatch gives, with the sentence as the issue', () => {
    expect(refuseInput({ ok: 1 })).toBeNull();
    const message = 'The request holds an Int16Array at x, which is not plain data, so it was refused.';
    expect(refuseInput({ x: new Int16Array(1) })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, issues: [{ path: 'x', message }] },
    });
    expect(refuseInput({ __proto__x: 1, ['constructor']: 1 })).toMatchObject({
      error: { issues: [{ path: 'constructor', message: 'Key not allowed' }] },
    });
  });
});
