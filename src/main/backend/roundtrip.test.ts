/**
 * Whatever a person types comes back exactly as typed: emoji, right-to-left scripts, combining marks,
 * long texts. Text over a field's cap is refused with a clear message and nothing is written.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUSE_TEXT_LIMIT } from '../../shared/features/key-messages/schemas';
import { QUOTE_TEXT_LIMIT } from '../../shared/features/quotes/schemas';
import type { Result } from '../../shared/result';
import { tempBackend } from '../test-support/temp-backend';
import type { Backend } from './backend';
import { dispatch } from './dispatch';

let backend: Backend;
let close: () => void;
let ambassadorId: string;
let houseId: string;
let quoteId: string;
const pillarId = crypto.randomUUID();

const SAMPLES = [
  'Home is where we build it 🏡👩🏽‍🔧🇺🇦',
  'البيت هو المكان الذي نبنيه معاً',
  'Дім — це те, що ми будуємо разом',
  '家是我们一起建造的地方',
  'e\u0301 a\u0308 n\u0303 — combining marks',
  'mixed עברית and English ‎with marks‏',
  '\u200b zero width \u2028 line separator \u0000 nul',
];

/** Caps count characters (code points), as zod does, so an emoji counts once. */
const chars = (value: string) => Array.from(value).length;

async function call<T>(channel: Parameters<typeof dispatch>[1], input: unknown): Promise<Result<T>> {
  return (await dispatch(backend.handlers, channel, input, { transport: 'direct', clientId: 'test' })) as Result<T>;
}

/** The stored version, the base an editor that has just loaded the record would send. */
async function versionOf(channel: 'quote:get' | 'house:get', id: string): Promise<number> {
  const loaded = await call<{ version: number }>(channel, { id });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.version;
}

function totalChanges(): number {
  return (backend.db!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Any well-formed text, up to 10,000 characters: full Unicode, graphemes with combining marks, plus samples. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
  fc.string({ unit: 'binary', minLength: 1000, maxLength: 10_000 }),
  // Just over the cap, to see the refusal.
  fc.string({ unit: 'grapheme-ascii', minLength: 10_001, maxLength: 10_050 }),
  fc.constantFrom(...SAMPLES),
);

beforeAll(async () => {
  ({ backend, close } = await tempBackend());
  const a = await call<{ id: string }>('ambassador:create', { fields: { fullName: 'Round Trip' } });
  if (!a.ok) throw new Error(a.error.message);
  ambassadorId = a.value.id;
  const h = await call<{ id: string }>('house:create', {
    ambassadorId,
    fields: { pillars: [{ id: pillarId, message: '', proofs: [] }] },
  });
  const q = await call<{ id: string }>('quote:create', { ambassadorId, fields: {} });
  if (!h.ok || !q.ok) throw new Error('setup failed');
  houseId = h.value.id;
  quoteId = q.value.id;
});
afterAll(() => close());

describe('text round-trips through save and load', () => {
  it('quote text: saved and loaded unchanged, or refused as too long with no write', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (value) => {
        const before = totalChanges();
        const base = await versionOf('quote:get', quoteId);
        const saved = await call('quote:update', { id: quoteId, baseVersion: base, patch: { text: value } });
        if (chars(value) > QUOTE_TEXT_LIMIT) {
          expect(saved).toMatchObject({
            ok: false,
            error: { code: 'VALIDATION', message: expect.stringMatching(/too long/) },
          });
          expect(totalChanges()).toBe(before);
          return;
        }
        expect(saved.ok).toBe(true);
        const loaded = await call<{ text: string }>('quote:get', { id: quoteId });
        expect(loaded.ok && loaded.value.text).toBe(value);
      }),
      { numRuns: 150 },
    );
  });

  it('message house fields and pillars: saved and loaded unchanged, or refused as too long', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, async (umbrella, message) => {
        const pillarPatches = [{ id: pillarId, message }];
        const base = await versionOf('house:get', houseId);
        const saved = await call('house:update', {
          id: houseId,
          baseVersion: base,
          patch: { umbrella, pillarPatches },
        });
        if (chars(umbrella) > HOUSE_TEXT_LIMIT || chars(message) > HOUSE_TEXT_LIMIT) {
          expect(saved).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          return;
        }
        expect(saved.ok).toBe(true);
        const loaded = await call<{ umbrella: string; pillars: Array<{ message: string }> }>('house:get', {
          id: houseId,
        });
        expect(loaded.ok && loaded.value.umbrella).toBe(umbrella);
        expect(loaded.ok && loaded.value.pillars[0]?.message).toBe(message);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a broken character (a lone surrogate) instead of saving a changed text', async () => {
    const before = totalChanges();
    const base = await versionOf('quote:get', quoteId);
    const result = await call('quote:update', { id: quoteId, baseVersion: base, patch: { text: 'abc\ud800def' } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/broken character/) },
    });
    expect(totalChanges()).toBe(before);
  });
});
