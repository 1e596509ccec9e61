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
  inputs = validInputs(await seedFixtures(backend.handlers));
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
