import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempBackend } from '../test-support/temp-backend';
import type { Backend } from './backend';
import { dispatch } from './dispatch';

let backend: Backend;
let close: () => void;
const direct = { transport: 'direct' as const, clientId: 'test' };

beforeEach(async () => {
  ({ backend, close } = await tempBackend());
});
afterEach(() => close());

describe('dispatch', () => {
  it('refuses an unknown channel by name', async () => {
    const result = await dispatch(backend.handlers, 'ambassador:drop', {}, direct);
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'There is no channel called "ambassador:drop".' },
    });
  });

  it('explains validation failures with the field path', async () => {
    const result = await dispatch(
      backend.handlers,
      'ambassador:create',
      { fields: { shortBio: 'x'.repeat(601) } },
      direct,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe('Short bio is too long (at most 600 characters) [fields.shortBio]');
    expect(result.error.issues).toEqual([
      { path: 'fields.shortBio', message: 'Short bio is too long (at most 600 characters)' },
    ]);
  });

  it('turns a service AppError into its code and message', async () => {
    const result = await dispatch(backend.handlers, 'cohort:get', { id: crypto.randomUUID() }, direct);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reports a full disk clearly and keeps the previous text', async () => {
    const created = await dispatch(
      backend.handlers,
      'ambassador:create',
      { fields: { fullName: 'Disk Test' } },
      direct,
    );
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: string }).id;
    const db = backend.db!;
    // SQLite reports SQLITE_FULL when the file may not grow, exactly as when the disk itself is full.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const result = await dispatch(
      backend.handlers,
      'ambassador:update',
      { id, patch: { longBio: 'ж'.repeat(5999) } },
      direct,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'DB_UNAVAILABLE' } });
    if (!result.ok) expect(result.error.message).toMatch(/disk is full, so nothing was saved/);
    const after = await dispatch(backend.handlers, 'ambassador:get', { id }, direct);
    expect(after.ok && (after.value as { longBio: string }).longBio).toBe('');
  });

  it('hides unexpected internal errors behind a calm message', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const handlers = {
      ...backend.handlers,
      'settings:get': () => {
        throw new TypeError('boom');
      },
    };
    const result = await dispatch(handlers, 'settings:get', {}, direct);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
  });
});
