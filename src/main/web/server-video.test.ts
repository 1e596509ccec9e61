/**
 * Camera takes over the real HTTP transport: the largest video recording the app keeps (80 MB, sent as base64
 * inside devalue) gets through the body cap and is stored as it was sent; a sound recording that large is
 * refused by the schema, and a body over the cap by the server, each with a sentence that says why.
 */
import * as devalue from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/csp';
import { MAX_RECORDING_BYTES, MAX_VIDEO_RECORDING_BYTES } from '../../shared/features/rehearsal/schemas';
import type { Result } from '../../shared/result';
import { tempBackend, tempDir } from '../test-support/temp-backend';
import { pageHeaders, send } from './http.test-support';
import { MAX_BODY_BYTES, startWebServer, TOO_LARGE_MESSAGE, type WebServer } from './server';

let server: WebServer;
let cleanups: Array<() => void | Promise<void>> = [];
const CLIENT = '5d1c3e36-8d8f-4c59-9f0c-1c7a3b2e9a41';

beforeAll(async () => {
  const renderer = tempDir('studio-renderer-');
  const { backend, close } = await tempBackend();
  server = await startWebServer({ handlers: backend.handlers, rendererDir: renderer.dir });
  cleanups = [() => server.close(), close, renderer.cleanup];
});
afterAll(async () => {
  for (const fn of cleanups) await fn();
});

async function post(channel: string, body: string): Promise<{ status: number; result: Result<unknown> }> {
  const headers = { ...pageHeaders(server.port), [TOKEN_HEADER]: server.token, 'x-studio-client': CLIENT };
  const reply = await send(server.port, 'POST', `/api/${channel}`, headers, body);
  return { status: reply.status, result: devalue.parse(reply.body) as Result<unknown> };
}

async function must<T>(channel: string, input: unknown): Promise<T> {
  const { result } = await post(channel, devalue.stringify(input));
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function tvSession(): Promise<{ id: string; questionIds: string[] }> {
  const ambassador = await must<{ id: string }>('ambassador:create', { fields: { fullName: 'On Camera' } });
  return must('rehearsal:start', {
    ambassadorId: ambassador.id,
    interviewType: 'tv-soundbite',
    mode: 'random',
    count: 1,
    categories: [],
  });
}

function takeInput(session: { id: string; questionIds: string[] }, recording: { mime: string; bytes: Uint8Array }) {
  return {
    sessionId: session.id,
    questionId: session.questionIds[0],
    position: 0,
    durationMs: 60_000,
    recording,
    notes: '',
  };
}

describe('camera takes over HTTP', () => {
  it('leaves room in the body cap for the largest video recording, and no more than 1 MB beside it', () => {
    const encoded = devalue.stringify({ mime: 'video/webm', bytes: new Uint8Array(MAX_VIDEO_RECORDING_BYTES) });
    expect(encoded.length).toBeLessThan(MAX_BODY_BYTES);
    expect(MAX_BODY_BYTES - encoded.length).toBeLessThanOrEqual(1024 * 1024);
  });

  it('stores an 80 MB video take and gives the same bytes back', async () => {
    const session = await tvSession();
    const bytes = new Uint8Array(MAX_VIDEO_RECORDING_BYTES);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i % 251;
    const recording = { mime: 'video/webm;codecs=vp8,opus', bytes };
    const take = await must<{ id: string; recordingMime: string }>('rehearsal:saveTake', takeInput(session, recording));
    expect(take.recordingMime).toBe('video/webm;codecs=vp8,opus');
    const stored = await must<{ mime: string; bytes: Uint8Array }>('rehearsal:recording', { takeId: take.id });
    expect(stored.mime).toBe('video/webm;codecs=vp8,opus');
    expect(stored.bytes.byteLength).toBe(MAX_VIDEO_RECORDING_BYTES);
    expect(Buffer.from(stored.bytes).equals(Buffer.from(bytes))).toBe(true);
  }, 60_000);

  it('refuses a sound recording over its own 12 MB cap, and a video one over 80 MB, with the limit named', async () => {
    const session = await tvSession();
    const audio = { mime: 'audio/webm;codecs=opus', bytes: new Uint8Array(MAX_RECORDING_BYTES + 1) };
    const tooLong = await post('rehearsal:saveTake', devalue.stringify(takeInput(session, audio)));
    expect(tooLong.result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(tooLong.result)).toContain('the limit for sound is 12.0 MB');

    const video = { mime: 'video/webm', bytes: new Uint8Array(MAX_VIDEO_RECORDING_BYTES + 1) };
    const tooBig = await post('rehearsal:saveTake', devalue.stringify(takeInput(session, video)));
    expect(tooBig.status).toBe(200);
    expect(tooBig.result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(tooBig.result)).toContain('the limit is 80.0 MB');
  }, 60_000);

  it('refuses video in any container but WebM and MP4', async () => {
    const session = await tvSession();
    const recording = { mime: 'video/x-msvideo', bytes: new Uint8Array(10) };
    const refused = await post('rehearsal:saveTake', devalue.stringify(takeInput(session, recording)));
    expect(JSON.stringify(refused.result)).toContain('Unsupported recording type');
  });

  it('answers a body over the cap with 413 and a sentence naming the limits', async () => {
    const huge = await post('app:status', 'x'.repeat(MAX_BODY_BYTES + 1));
    expect(huge.status).toBe(413);
    expect(huge.result).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: TOO_LARGE_MESSAGE } });
    expect(TOO_LARGE_MESSAGE).toMatch(/over 107\.7 MB.*up to 80\.0 MB/);
  });
});
