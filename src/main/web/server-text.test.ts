/**
 * What the browser-mode server does with bytes and values no honest page sends: request bodies that are not
 * valid UTF-8 (stray bytes, overlong forms, surrogates encoded CESU-style), values that are not plain data
 * (a Map as a patch), text with a lone surrogate, and channel names that cannot be read. Each is refused with
 * one sentence, and nothing is written.
 */
import * as devalue from 'devalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { SESSION_PATH, TOKEN_HEADER } from '../../shared/csp';
import type { Result } from '../../shared/result';
import type { Backend } from '../backend/backend';
import { tempBackend, tempDir } from '../test-support/temp-backend';
import { pageHeaders, send } from './http.test-support';
import { CHANNEL_NAME_PATTERN, startWebServer, type WebServer } from './server';

let server: WebServer;
let backend: Backend;
let ambassadorId: string;
let cleanups: Array<() => void | Promise<void>> = [];
const CLIENT = '6b1f3c52-9a0e-4d7b-8f1e-2c3d4e5f6a7b';
const NOT_UTF8 = 'The request was not valid UTF-8 text, so nothing was read or saved.';

beforeAll(async () => {
  const renderer = tempDir('studio-renderer-');
  const temp = await tempBackend();
  backend = temp.backend;
  server = await startWebServer({ handlers: backend.handlers, rendererDir: renderer.dir });
  cleanups = [() => server.close(), temp.close, renderer.cleanup];
  const created = await post('ambassador:create', devalue.stringify({ fields: { fullName: 'Ada Byte' } }));
  if (!created.result.ok) throw new Error(created.result.error.message);
  ambassadorId = (created.result.value as { id: string }).id;
});
afterAll(async () => {
  for (const fn of cleanups) await fn();
});

async function post(path: string, body: string | Uint8Array): Promise<{ status: number; result: Result<unknown> }> {
  const headers = { ...pageHeaders(server.port), [TOKEN_HEADER]: server.token, 'x-studio-client': CLIENT };
  const reply = await send(server.port, 'POST', `/api/${path}`, headers, body);
  return { status: reply.status, result: devalue.parse(reply.body) as Result<unknown> };
}

/** Writes so far on the backend's connection, plus the rows that a refused request could have added. */
function writes(): { changes: number; ambassadors: number } {
  const db = backend.db!;
  const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const ambassadors = (db.prepare('SELECT count(*) AS n FROM ambassador').get() as { n: number }).n;
  return { changes, ambassadors };
}

/** A devalue body for ambassador:create whose name holds `bytes` exactly where the marker was. */
function createBodyWith(bytes: number[]): Uint8Array {
  const [before, after] = devalue.stringify({ fields: { fullName: 'Ada MARK' } }).split('MARK');
  return Buffer.concat([Buffer.from(before ?? ''), Buffer.from(bytes), Buffer.from(after ?? '')]);
}

describe('request bodies must be valid UTF-8', () => {
  it.each([
    ['a stray 0xFF byte', [0xff]],
    ['a lone continuation byte', [0x80]],
    ['a truncated two-byte sequence', [0xc3]],
    ['an overlong "/" (2 bytes)', [0xc0, 0xaf]],
    ['an overlong "/" (3 bytes)', [0xe0, 0x80, 0xaf]],
    ['an overlong NUL (4 bytes)', [0xf0, 0x80, 0x80, 0x80]],
    ['a CESU-8 high surrogate', [0xed, 0xa0, 0x80]],
    ['a CESU-8 surrogate pair (an emoji)', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('refuses %s with a 400 and one sentence, saving nothing', async (_label, bytes) => {
    const before = writes();
    const { status, result } = await post('ambassador:create', createBodyWith(bytes));
    expect(status).toBe(400);
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: NOT_UTF8 } });
    expect(writes()).toEqual(before);
  });

  it('refuses the same at the launch-code exchange, with a 400 instead of a server error', async () => {
    const body = Buffer.from([...Buffer.from('[{"code":1},"'), 0xc0, 0xaf, ...Buffer.from('"]')]);
    const reply = await send(server.port, 'POST', SESSION_PATH, pageHeaders(server.port), body);
    expect(reply.status).toBe(400);
    expect(devalue.parse(reply.body)).toEqual({ ok: false, error: { code: 'VALIDATION', message: NOT_UTF8 } });
  });

  it('still takes well-formed text outside ASCII (accents, CJK, an emoji), byte for byte', async () => {
    const name = 'Zoë 山田 🏠';
    const { status, result } = await post('ambassador:create', createBodyWith([...Buffer.from(name)]));
    expect(status).toBe(200);
    expect(result).toMatchObject({ ok: true, value: { fullName: `Ada ${name}` } });
  });
});

describe('values that are not plain data', () => {
  it.each([
    ['a Map as a patch', () => ({ id: ambassadorId, patch: new Map([['shortBio', 'Nurse']]) }), 'a Map', 'patch'],
    ['an empty Map as a patch', () => ({ id: ambassadorId, patch: new Map() }), 'a Map', 'patch'],
    [
      'a Set of topics',
      () => ({ id: ambassadorId, patch: { topicsDeclined: new Set(['x']) } }),
      'a Set',
      'patch.topicsDeclined',
    ],
    ['a Date as a bio', () => ({ id: ambassadorId, patch: { shortBio: new Date(0) } }), 'a Date', 'patch.shortBio'],
    ['a RegExp as a bio', () => ({ id: ambassadorId, patch: { shortBio: /x/g } }), 'a RegExp', 'patch.shortBio'],
    [
      'an Int16Array as a bio',
      () => ({ id: ambassadorId, patch: { shortBio: new Int16Array(2) } }),
      'an Int16Array',
      'patch.shortBio',
    ],
  ])('refuses %s with VALIDATION and a sentence, writing nothing', async (_label, input, kind, path) => {
    const before = writes();
    const { status, result } = await post('ambassador:update', devalue.stringify(input()));
    expect(status).toBe(200);
    const message = `The request holds ${kind} at ${path}, which is not plain data, so it was refused.`;
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message, issues: [{ path, message }] } });
    expect(writes()).toEqual(before);
  });

  it('refuses a Map as the settings patch instead of saving an empty one', async () => {
    const before = writes();
    const { result } = await post('settings:update', devalue.stringify({ patch: new Map([['theme', 'dark']]) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(writes()).toEqual(before);
  });
});

describe('text with a lone surrogate', () => {
  it('refuses one that arrives escaped in the body, naming where it is', async () => {
    const before = writes();
    // devalue writes a lone surrogate raw; a hand-made body can carry it as a JSON escape, which survives UTF-8.
    const body = devalue.stringify({ id: ambassadorId, patch: { shortBio: 'Nurse MARK' } }).replace('MARK', '\\ud800');
    const { status, result } = await post('ambassador:update', body);
    expect(status).toBe(200);
    const message =
      'The request holds text with a broken character (a lone surrogate) at patch.shortBio, so it was refused.';
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message, issues: [{ path: 'patch.shortBio', message }] },
    });
    expect(writes()).toEqual(before);
  });
});

describe('channel names', () => {
  it('every contract channel fits the pattern the server accepts', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(CHANNEL_NAME_PATTERN);
  });

  it.each([
    ['a bad percent-escape', 'ambassador%3'],
    ['a percent-escape of non-hex digits', 'ambassador%ZZcreate'],
    ['an escaped CESU-8 surrogate', 'ambassador:%ED%A0%80'],
    ['an escaped overlong "/"', 'ambassador%C0%AFcreate'],
    ['an escaped NUL', 'ambassador:create%00'],
    ['an escaped emoji', 'ambassador:%F0%9F%98%80'],
    ['markup', 'ambassador:%3Cscript%3E'],
    ['a path', 'ambassador/create'],
    ['no name at all', ''],
  ])('answers %s with a 400 and one sentence, no stack trace, nothing saved', async (_label, name) => {
    const before = writes();
    const { status, result } = await post(name, devalue.stringify({ fields: { fullName: 'Never Saved' } }));
    expect(status).toBe(400);
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'The request named no channel the app knows how to read.' },
    });
    expect(writes()).toEqual(before);
  });

  it('still reads an escaped colon, and answers a well-formed unknown name as before', async () => {
    const escaped = await post('app%3Astatus', devalue.stringify({}));
    expect(escaped).toMatchObject({ status: 200, result: { ok: true } });
    const unknown = await post('nothing:here', devalue.stringify({}));
    expect(unknown).toMatchObject({ status: 200, result: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } } });
  });
});
