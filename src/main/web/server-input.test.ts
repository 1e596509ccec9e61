/**
 * What a request body may hold, over the real HTTP transport: a few hundred bytes of devalue whose objects refer
 * to each other twice per level (2^N paths once parsed) are refused at once, and the largest real inputs pass.
 */
import * as devalue from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/csp';
import { QUOTE_TEXT_LIMIT } from '../../shared/features/quotes/schemas';
import { MAX_RECORDING_BYTES } from '../../shared/features/rehearsal/schemas';
import type { Result } from '../../shared/result';
import { tempBackend, tempDir } from '../test-support/temp-backend';
import { pageHeaders, send } from './http.test-support';
import { startWebServer, type WebServer } from './server';

let server: WebServer;
let cleanups: Array<() => void | Promise<void>> = [];
/** One window of the page, so what it creates stays its own. */
const CLIENT = '0f8fad5b-d9cb-469f-a165-70867728950e';

beforeAll(async () => {
  const renderer = tempDir('studio-renderer-');
  const { backend, close } = await tempBackend();
  server = await startWebServer({ handlers: backend.handlers, rendererDir: renderer.dir });
  cleanups = [() => server.close(), close, renderer.cleanup];
});
afterAll(async () => {
  for (const fn of cleanups) await fn();
});

async function post(channel: string, body: string): Promise<{ status: number; result: Result<unknown>; ms: number }> {
  const headers = { ...pageHeaders(server.port), [TOKEN_HEADER]: server.token, 'x-studio-client': CLIENT };
  const started = performance.now();
  const reply = await send(server.port, 'POST', `/api/${channel}`, headers, body);
  return {
    status: reply.status,
    result: devalue.parse(reply.body) as Result<unknown>,
    ms: performance.now() - started,
  };
}

async function must<T>(channel: string, input: unknown): Promise<T> {
  const { result } = await post(channel, devalue.stringify(input));
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

describe('browser-mode server: request size by paths', () => {
  it('refuses a 2^25-path body of a few hundred bytes in under 50 ms, and stays responsive', async () => {
    let node: Record<string, unknown> = { end: true };
    for (let i = 0; i < 25; i += 1) node = { a: node, b: node };
    const body = devalue.stringify({ id: crypto.randomUUID(), patch: node });
    expect(body.length).toBeLessThan(500);

    // A first ordinary request, so the timing below is the refusal and not the server warming up.
    expect((await post('app:status', devalue.stringify({}))).result.ok).toBe(true);
    const refused = await post('ambassador:update', body);
    expect(refused.status).toBe(200);
    expect(refused.result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'The request holds too many values (more than 100,000, counting repeated ones each time), so it was refused.',
        issues: [
          {
            path: '(input)',
            message:
              'The request holds too many values (more than 100,000, counting repeated ones each time), so it was refused.',
          },
        ],
      },
    });
    expect(refused.ms).toBeLessThan(50);
    // The next request is answered at once: nothing kept the server busy.
    const status = await post('app:status', devalue.stringify({}));
    expect(status.result.ok).toBe(true);
    expect(status.ms).toBeLessThan(50);
  });

  it('takes the largest real inputs: a 12 MB recording and a 10,000-character quote', async () => {
    const ambassador = await must<{ id: string }>('ambassador:create', { fields: { fullName: 'Big Input' } });
    const session = await must<{ id: string; questionIds: string[] }>('rehearsal:start', {
      ambassadorId: ambassador.id,
      interviewType: 'podcast',
      mode: 'random',
      count: 1,
      categories: [],
    });
    const recording = { mime: 'audio/webm;codecs=opus', bytes: new Uint8Array(MAX_RECORDING_BYTES).fill(9) };
    const take = await must<{ id: string }>('rehearsal:saveTake', {
      sessionId: session.id,
      questionId: session.questionIds[0],
      position: 0,
      durationMs: 60_000,
      recording,
      notes: '',
    });
    expect(take.id).toBeTruthy();

    const text = 'Home is what we make together. '.repeat(400).slice(0, QUOTE_TEXT_LIMIT);
    const quote = await must<{ text: string }>('quote:create', { ambassadorId: ambassador.id, fields: { text } });
    expect(quote.text).toBe(text);
  }, 30_000);
});
