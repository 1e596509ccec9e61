/**
 * Every channel refuses malformed input with a VALIDATION error and writes nothing. Inputs are made by
 * mutating a known-good input per channel: wrong types at any leaf, oversize strings, unknown keys,
 * missing required keys, non-object inputs and prototype-pollution keys.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type ChannelName } from '../../shared/contract';
import { MAX_QUESTION_FILE_CHARS } from '../../shared/features/question-bank/schemas';
import { tempBackend } from '../test-support/temp-backend';
import { dispatch } from './dispatch';
import type { Backend } from './backend';
import { FIXTURE_CLIENT, seedFixtures, validInputs } from './fixtures.test-support';

type Path = Array<string | number>;
let backend: Backend;
let close: () => void;
let inputs: Record<ChannelName, unknown>;

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  if (entries.length === 0) return [path];
  return entries.flatMap(([k, v]) => leafPaths(v, [...path, k]));
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = Array.isArray(root) ? [...root] : { ...(root as Record<string, unknown>) };
  (copy as Record<string | number, unknown>)[head!] = setAt(
    (root as Record<string | number, unknown>)[head!],
    rest,
    replacement,
  );
  return copy;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function deleteAt(root: unknown, path: Path): unknown {
  const parentPath = path.slice(0, -1);
  const parent = { ...(getAt(root, parentPath) as Record<string, unknown>) };
  delete parent[path[path.length - 1] as string];
  return setAt(root, parentPath, parent);
}

/** Longer than the largest string cap in the contract (the question file). */
const OVERSIZE = 'x'.repeat(MAX_QUESTION_FILE_CHARS + 1);

/** A value whose type differs from the leaf it replaces, so the result can never be valid. */
function wrongTypeFor(leaf: unknown): fc.Arbitrary<unknown> {
  const others: fc.Arbitrary<unknown>[] = [
    fc.integer(),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.constant({ nested: true }),
  ];
  if (typeof leaf === 'string') return fc.oneof(fc.constant(OVERSIZE), fc.boolean(), ...others);
  if (typeof leaf === 'boolean') return fc.oneof(fc.string(), ...others);
  return fc.oneof(fc.string({ minLength: 1 }), fc.boolean(), fc.constant(null));
}

function malformed(channelName: ChannelName): fc.Arbitrary<unknown> {
  const good = inputs[channelName];
  const schema = contract[channelName].input;
  const leaves = leafPaths(good).filter((p) => p.length > 0);
  const requiredKeys = leaves.map((p) => p.slice(0, 1)).filter((p) => !schema.safeParse(deleteAt(good, p)).success);

  const options: fc.Arbitrary<unknown>[] = [
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 })),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.anything())
      .filter(([key]) => !Object.prototype.hasOwnProperty.call(good, key))
      .map(([key, value]) => ({ ...(good as object), [key]: value })),
    fc
      .constantFrom('__proto__', 'constructor', 'prototype')
      .map((key) => JSON.parse(`{"${key}": {"polluted": true}, "x": 1}`) as unknown)
      .map((evil) =>
        Object.assign(
          JSON.parse(
            JSON.stringify({ ...(good as object) }, (_k, v: unknown) => (v instanceof Uint8Array ? [] : v)),
          ) as object,
          evil,
        ),
      ),
  ];
  if (leaves.length > 0) {
    options.push(
      fc.constantFrom(...leaves).chain((path) => wrongTypeFor(getAt(good, path)).map((bad) => setAt(good, path, bad))),
    );
  }
  if (requiredKeys.length > 0) options.push(fc.constantFrom(...requiredKeys).map((path) => deleteAt(good, path)));
  return fc.oneof(...options);
}

function totalChanges(): number {
  return (backend.db!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

beforeAll(async () => {
  ({ backend, close } = await tempBackend());
  inputs = validInputs(await seedFixtures(backend.handlers, backend.db!));
});
afterAll(() => close());

describe('contract fuzzing', () => {
  it('has a valid fixture for every channel', () => {
    for (const name of CHANNELS) {
      expect(contract[name].input.safeParse(inputs[name]).success, name).toBe(true);
    }
  });

  it.each(CHANNELS.map((c) => [c]))('%s refuses malformed input with VALIDATION and no write', async (channelName) => {
    await fc.assert(
      fc.asyncProperty(malformed(channelName), async (input) => {
        const before = totalChanges();
        const result = await dispatch(backend.handlers, channelName, input, { transport: 'direct', clientId: 'test' });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('VALIDATION');
        expect(totalChanges()).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts each valid fixture (so the refusals above are about the mutation)', async () => {
    // As the fixtures' trainer window; the ones that lock or leave trainer mode go last (a restore locks every window).
    const locking: ChannelName[] = ['backup:restore', 'access:lock', 'access:leaveTrainer'];
    const order = [...CHANNELS.filter((c) => !locking.includes(c)), ...locking];
    for (const name of order) {
      const result = await dispatch(backend.handlers, name, inputs[name], {
        transport: 'direct',
        clientId: FIXTURE_CLIENT,
      });
      expect(result.ok, `${name}: ${result.ok ? '' : result.error.message}`).toBe(true);
    }
    // Every channel once, several of them printing PDFs through Chromium: a time limit, not a speed check.
  }, 90_000);
});
