/**
 * How dispatch answers, with stand-in endpoints so only dispatch decides: the shape of a validation answer (the
 * first issue, how many more, its path), each kind of failure a handler can throw, and the order of the checks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CHANNELS } from '../../shared/contract';
import { AppError } from '../../shared/result';
import { call, dispatch, errorToResult } from './dispatch';
import type { Endpoint, Endpoints } from './permissions';

const direct = { transport: 'direct' as const, clientId: 'answers' };

function endpointsWith(endpoint: Endpoint): Endpoints {
  return Object.fromEntries(CHANNELS.map((c) => [c, endpoint])) as unknown as Endpoints;
}
const echo = endpointsWith(async (input, ctx) => ({ input, clientId: ctx.clientId }));

afterEach(() => vi.restoreAllMocks());

describe('dispatch: validation answers', () => {
  it('the first issue with its path, and how many more there are', async () => {
    const result = await dispatch(echo, 'ambassador:create', { fields: { fullName: 5, role: 6 } }, direct);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Invalid input: expected string, received number [fields.fullName] (and 1 more)',
      },
    });
    expect(!result.ok && result.error.issues?.map((i) => i.path)).toEqual(['fields.fullName', 'fields.role']);
  });

  it('an issue about the whole input carries no path in its sentence', async () => {
    const result = await dispatch(echo, 'cohort:list', 'everything', direct);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Invalid input: expected object, received string',
        issues: [{ path: '(input)', message: 'Invalid input: expected object, received string' }],
      },
    });
  });

  it('a missing input means no arguments; null does not', async () => {
    expect(await dispatch(echo, 'app:status', undefined, direct)).toEqual({
      ok: true,
      value: { input: {}, clientId: 'answers' },
    });
    expect(await dispatch(echo, 'app:status', null, direct)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('the first look refuses before the schema does, in its own words', async () => {
    const result = await dispatch(echo, 'cohort:list', JSON.parse('{"__proto__":{"x":1}}'), direct);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'The request contains a key that is not allowed: __proto__' },
    });
  });
});

describe('dispatch: failures thrown by a handler', () => {
  const failing = (error: unknown) =>
    endpointsWith(async () => {
      throw error;
    });

  it('an AppError keeps its code and sentence', async () => {
    const result = await dispatch(
      failing(new AppError('CONFLICT', 'Someone else changed it.')),
      'app:status',
      {},
      direct,
    );
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Someone else changed it.' } });
  });

  it('a schema failure inside the handler is a validation answer with its issues', async () => {
    const parsed = z.strictObject({ name: z.string() }).safeParse({ name: 1 });
    const error = parsed.success ? new Error('expected a failure') : parsed.error;
    const result = await dispatch(failing(error), 'app:status', {}, direct);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Invalid input: expected string, received number [name]',
        issues: [{ path: 'name', message: 'Invalid input: expected string, received number' }],
      },
    });
  });

  it('a storage failure is a sentence about the disk', async () => {
    const damaged = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    expect(await dispatch(failing(damaged), 'app:status', {}, direct)).toEqual({
      ok: false,
      error: {
        code: 'DB_CORRUPT',
        message: 'The data file is damaged, so nothing was saved. Close the app and restore the newest backup.',
      },
    });
  });

  it('anything else is INTERNAL, and the detail goes to the log, not to the screen', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dispatch(failing(new TypeError('x is undefined')), 'app:status', {}, direct);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Something went wrong inside the app. Nothing was changed. Please try again.',
      },
    });
    expect(log).toHaveBeenCalledWith('[ambassador-studio] unexpected error', expect.any(TypeError));
  });

  it('errorToResult of an empty schema failure still says something', () => {
    const empty = new z.ZodError([]);
    expect(errorToResult(empty)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'The request was not valid.', issues: [] },
    });
  });
});

describe('call', () => {
  it('calls as the window it names, "direct" unless told', async () => {
    expect(await call(echo, 'app:status', {})).toEqual({ ok: true, value: { input: {}, clientId: 'direct' } });
    expect(await call(echo, 'app:status', {}, 'cli')).toEqual({ ok: true, value: { input: {}, clientId: 'cli' } });
  });
});
