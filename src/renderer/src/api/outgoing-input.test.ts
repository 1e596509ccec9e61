/**
 * Both transport clients refuse, before anything is sent, an input the backend would refuse or could not
 * receive intact. A lone surrogate is the case that matters most: devalue writes it raw, UTF-8 then turns it
 * into U+FFFD on the wire, and the server could only save the replacement; over IPC a class instance arrives
 * as a plain object. Either way the page must catch it first.
 */
import * as devalue from 'devalue';
import { describe, expect, it, vi } from 'vitest';
import type { StudioApi } from '../../../shared/contract';
import type { StudioBridge } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import { createElectronClient } from './electron-client';
import { createHttpClient } from './http-client';

const CLIENT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const AMBASSADOR = '9b2e4c1a-7d3f-4a5b-8c6d-1e2f3a4b5c6d';
const SURROGATE_MESSAGE =
  'The request holds text with a broken character (a lone surrogate) at patch.shortBio, so it was refused.';

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

function transports() {
  const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
    return new Response(devalue.stringify({ ok: true, value: null }));
  });
  const bridge = { call: vi.fn<StudioBridge['call']>(async () => ({ ok: true, value: null })) };
  const clients: Array<[string, StudioApi, () => number]> = [
    ['http', createHttpClient({ token: 'tok', clientId: CLIENT_ID, fetch }), () => fetch.mock.calls.length],
    ['electron', createElectronClient(bridge, CLIENT_ID), () => bridge.call.mock.calls.length],
  ];
  return clients;
}

/** Calls ambassador:update with `patch` regardless of its type, as a page bug or a stray value would. */
function update(api: StudioApi, patch: unknown): Promise<Result<unknown>> {
  const send = api['ambassador:update'] as (input: unknown) => Promise<Result<unknown>>;
  return send({ id: AMBASSADOR, patch });
}

describe('transport clients check inputs before sending', () => {
  it('shows why the check must happen in the page: devalue and UTF-8 turn a lone surrogate into U+FFFD', () => {
    const wire = new TextEncoder().encode(devalue.stringify({ shortBio: 'Nurse \ud800' }));
    expect(devalue.parse(new TextDecoder().decode(wire))).toEqual({ shortBio: 'Nurse \ufffd' });
  });

  it.each(transports())(
    '%s: refuses a lone surrogate with a clear Result and makes no call',
    async (_name, api, calls) => {
      for (const shortBio of ['Nurse \ud800', '\udc00 at the start', 'reversed pair \ude00\ud83d']) {
        expect(await update(api, { shortBio })).toEqual({
          ok: false,
          error: {
            code: 'VALIDATION',
            message: SURROGATE_MESSAGE,
            issues: [{ path: 'patch.shortBio', message: SURROGATE_MESSAGE }],
          },
        });
      }
      // In a key too, where a record's keys are free text.
      expect(await update(api, { ['\ud800']: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(calls()).toBe(0);
    },
  );

  it.each(transports())('%s: refuses values that are not plain data and makes no call', async (_name, api, calls) => {
    const cases: Array<[unknown, string]> = [
      [new Map([['shortBio', 'Nurse']]), 'a Map at patch'],
      [{ topicsDeclined: new Set(['x']) }, 'a Set at patch.topicsDeclined'],
      [{ shortBio: new Date(0) }, 'a Date at patch.shortBio'],
      [{ shortBio: new Point(1, 2) }, 'a Point at patch.shortBio'],
      [{ shortBio: new Float32Array(2) }, 'a Float32Array at patch.shortBio'],
      [Object.create({ inherited: true }) as object, 'an object with an unusual prototype at patch'],
    ];
    for (const [patch, what] of cases) {
      expect(await update(api, patch)).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: `The request holds ${what}, which is not plain data, so it was refused.`,
        },
      });
    }
    expect(calls()).toBe(0);
  });

  it.each(transports())(
    '%s: still sends well-formed text (an emoji is a surrogate pair) and bytes',
    async (_name, api, calls) => {
      expect(await update(api, { shortBio: 'Home 🏠 Zoë' })).toEqual({ ok: true, value: null });
      const send = api['ambassador:setPhoto'] as (input: unknown) => Promise<Result<unknown>>;
      expect(await send({ id: AMBASSADOR, bytes: new Uint8Array([1, 2, 3]) })).toEqual({ ok: true, value: null });
      expect(calls()).toBe(2);
    },
  );
});
