/**
 * Inputs with shared references, as both transports can deliver them (devalue over HTTP, the structured clone
 * over Electron IPC), reach dispatch as object graphs: they must be refused before anything walks every path,
 * while the largest real inputs still go through. This file calls dispatch as the IPC handler does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type ChannelName } from '../../shared/contract';
import { QUOTE_TEXT_LIMIT } from '../../shared/features/quotes/schemas';
import { MAX_RECORDING_BYTES } from '../../shared/features/rehearsal/schemas';
import { MAX_FILE_QUESTIONS } from '../../shared/features/question-bank/schemas';
import { tempBackend } from '../test-support/temp-backend';
import type { Backend } from './backend';
import { dispatch } from './dispatch';
import { FIXTURE_CLIENT, seedFixtures, validInputs } from './fixtures.test-support';

let backend: Backend;
let close: () => void;
let inputs: Record<ChannelName, unknown>;
const ipc = { transport: 'electron' as const, clientId: FIXTURE_CLIENT };

/** Each level refers to the one below twice: a few hundred bytes on the wire, 2^levels paths. */
function doubling(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { end: true };
  for (let i = 0; i < levels; i += 1) node = { a: node, b: node };
  return node;
}

function totalChanges(): number {
  return (backend.db!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

beforeAll(async () => {
  ({ backend, close } = await tempBackend());
  inputs = validInputs(await seedFixtures(backend.handlers, backend.db!));
});
afterAll(() => close());

describe('dispatch and shared references', () => {
  it('refuses 2^25 paths on every channel in under 50 ms, with a sentence, changing nothing', async () => {
    const before = totalChanges();
    for (const channel of CHANNELS) {
      const good = inputs[channel];
      const attack = { ...(typeof good === 'object' && good !== null ? good : {}), extra: doubling(25) };
      const started = performance.now();
      const result = await dispatch(backend.handlers, channel, attack, ipc);
      const elapsed = performance.now() - started;
      expect(result, channel).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message:
            'The request holds too many values (more than 100,000, counting repeated ones each time), so it was refused.',
        },
      });
      expect(elapsed, channel).toBeLessThan(50);
    }
    expect(totalChanges()).toBe(before);
  });

  it('refuses an input that contains itself instead of looping', async () => {
    const patch: Record<string, unknown> = { shortBio: 'Nurse' };
    patch.loop = patch;
    const result = await dispatch(backend.handlers, 'settings:update', { patch }, ipc);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: /contains itself \(at patch\.loop\)/ },
    });
  });

  it('still takes the largest real inputs: a 12 MB recording, a 10,000-character quote, a 2,000-question file', async () => {
    const take = inputs['rehearsal:saveTake'] as { recording: { mime: string; bytes: Uint8Array } };
    const recording = { ...take.recording, bytes: new Uint8Array(MAX_RECORDING_BYTES).fill(7) };
    const saved = await dispatch(backend.handlers, 'rehearsal:saveTake', { ...take, recording }, ipc);
    expect(saved.ok).toBe(true);

    const quote = inputs['quote:create'] as { ambassadorId: string; fields: Record<string, unknown> };
    const long = 'We build this town together. '.repeat(400).slice(0, QUOTE_TEXT_LIMIT);
    const created = await dispatch(
      backend.handlers,
      'quote:create',
      { ...quote, fields: { ...quote.fields, text: long } },
      ipc,
    );
    expect(created).toMatchObject({ ok: true, value: { text: long } });

    const questions = Array.from({ length: MAX_FILE_QUESTIONS }, (_, i) => ({
      id: crypto.randomUUID(),
      category: 'work',
      difficulty: 2,
      text: `What did you learn in week ${i + 1}?`,
      bridgeHint: 'Name one result.',
    }));
    const fileText = JSON.stringify({ format: 'ambassador-studio/question-pack', version: 1, name: 'Big', questions });
    const { cohortId } = inputs['question:importFile'] as { cohortId: string };
    const imported = await dispatch(backend.handlers, 'question:importFile', { cohortId, fileText }, ipc);
    expect(imported).toMatchObject({ ok: true, value: { added: MAX_FILE_QUESTIONS } });
  });
});

/** What Electron's IPC does to an input on its way to the main process (Node's structuredClone is the same V8 serializer). */
const overIpc = (input: unknown): unknown => structuredClone(input);

describe('dispatch and values that are not plain data, as IPC delivers them', () => {
  const notPlain = (what: string, path: string) =>
    `The request holds ${what} at ${path}, which is not plain data, so it was refused.`;

  it.each([
    ['a Map as a patch', { patch: new Map([['shortBio', 'Nurse']]) }, notPlain('a Map', 'patch')],
    ['an empty Map as a patch', { patch: new Map() }, notPlain('a Map', 'patch')],
    ['a Set of topics', { patch: { topicsDeclined: new Set(['x']) } }, notPlain('a Set', 'patch.topicsDeclined')],
    ['a Date as a bio', { patch: { shortBio: new Date(0) } }, notPlain('a Date', 'patch.shortBio')],
    ['a RegExp as a bio', { patch: { shortBio: /x/u } }, notPlain('a RegExp', 'patch.shortBio')],
    ['an Int16Array', { patch: { shortBio: new Int16Array(2) } }, notPlain('an Int16Array', 'patch.shortBio')],
    ['an ArrayBuffer', { patch: { shortBio: new ArrayBuffer(2) } }, notPlain('an ArrayBuffer', 'patch.shortBio')],
    [
      'a lone surrogate',
      { patch: { shortBio: 'Nurse \ud800' } },
      'The request holds text with a broken character (a lone surrogate) at patch.shortBio, so it was refused.',
    ],
  ])('refuses %s, which survives the clone, and writes nothing', async (_label, extra, message) => {
    const before = totalChanges();
    const { id } = inputs['ambassador:update'] as { id: string };
    const result = await dispatch(backend.handlers, 'ambassador:update', overIpc({ id, ...extra }), ipc);
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, issues: [{ path: expect.any(String), message }] },
    });
    expect(totalChanges()).toBe(before);
  });

  it('refuses a Map as the settings patch instead of saving an empty one', async () => {
    const before = totalChanges();
    const result = await dispatch(backend.handlers, 'settings:update', overIpc({ patch: new Map() }), ipc);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: notPlain('a Map', 'patch') } });
    expect(totalChanges()).toBe(before);
  });

  it('cannot see a class instance after the clone (it arrives plain), so the page checks before sending', () => {
    class Patch {
      shortBio = 'Nurse';
    }
    const cloned = overIpc({ patch: new Patch() }) as { patch: object };
    expect(Object.getPrototypeOf(cloned.patch)).toBe(Object.prototype);
  });

  it('takes bytes as a Uint8Array, also one that started as a Node Buffer', async () => {
    const photo = inputs['ambassador:setPhoto'] as { id: string; bytes: Uint8Array };
    const result = await dispatch(
      backend.handlers,
      'ambassador:setPhoto',
      overIpc({ ...photo, bytes: Buffer.from(photo.bytes) }),
      ipc,
    );
    expect(result.ok).toBe(true);
  });
});
