/**
 * The guard in front of every handler, on its own: each kind of rule (anyone, trainer, owner, check) against
 * each kind of caller, with the exact refusal words, and the guard that turns a refusal into FORBIDDEN before the
 * handler runs. The permission matrix test runs the real table; this pins the rules it relies on.
 */
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { Handlers, Viewer } from './handler-types';
import { decide, guardHandlers, ownerOf, type Permission, type Permissions } from './permissions';
import type { Services } from './services';

const AMINA = 'a0000000-0000-4000-8000-000000000001';
const OLENA = 'a0000000-0000-4000-8000-000000000002';
const QUOTE = { id: 'b0000000-0000-4000-8000-000000000001' };

const viewers: Record<'trainer' | 'amina' | 'olena' | 'nobody', Viewer> = {
  trainer: { clientId: 't', ambassadorId: null, trainer: { id: 'sam', name: 'Sam' } },
  amina: { clientId: 'a', ambassadorId: AMINA, trainer: null },
  olena: { clientId: 'o', ambassadorId: OLENA, trainer: null },
  nobody: { clientId: 'n', ambassadorId: null, trainer: null },
};
const services = {} as Services;
const NOT_YOURS =
  'This belongs to another ambassador’s workspace, so it was not shown or changed. Open your own workspace, or unlock trainer mode.';

const verdicts = (permission: Permission<'quote:get'>) =>
  Object.fromEntries(
    Object.entries(viewers).map(([name, viewer]) => [name, decide(permission, QUOTE, viewer, services)]),
  );

describe('decide', () => {
  it('anyone: every caller', () => {
    const all = verdicts({ allow: 'anyone' });
    expect(Object.values(all)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }, { allowed: true }]);
  });

  it('trainer: only an unlocked trainer; the others are told what only a trainer can do', () => {
    const refused = { allowed: false, message: 'Only a trainer can see this. Unlock trainer mode first.' };
    expect(verdicts({ allow: { trainer: 'see this' } })).toEqual({
      trainer: { allowed: true },
      amina: refused,
      olena: refused,
      nobody: refused,
    });
  });

  it('owner: the owner’s window and a trainer; another workspace or none is refused', () => {
    expect(verdicts({ allow: { owner: () => AMINA } })).toEqual({
      trainer: { allowed: true },
      amina: { allowed: true },
      olena: { allowed: false, message: NOT_YOURS },
      nobody: { allowed: false, message: NOT_YOURS },
    });
  });

  it('owner: a record that belongs to nobody (null) is a trainer’s alone, even for a window with no workspace', () => {
    expect(verdicts({ allow: { owner: () => null } })).toEqual({
      trainer: { allowed: true },
      amina: { allowed: false, message: NOT_YOURS },
      olena: { allowed: false, message: NOT_YOURS },
      nobody: { allowed: false, message: NOT_YOURS },
    });
  });

  it('owner: a record that does not exist (undefined) passes, so the handler can say it is not found', () => {
    const all = verdicts({ allow: { owner: () => undefined } });
    expect(Object.values(all).every((v) => v.allowed)).toBe(true);
  });

  it('owner: a trainer is let through without the owner being looked up', () => {
    const owner = vi.fn(() => AMINA);
    expect(decide({ allow: { owner } }, QUOTE, viewers.trainer, services)).toEqual({ allowed: true });
    expect(owner).not.toHaveBeenCalled();
  });

  it('check: true lets through; a sentence is the refusal, word for word', () => {
    const permission: Permission<'quote:get'> = {
      allow: { check: (_input, viewer) => (viewer.ambassadorId === OLENA ? true : 'Only Olena, today.') },
    };
    expect(verdicts(permission)).toEqual({
      trainer: { allowed: false, message: 'Only Olena, today.' },
      amina: { allowed: false, message: 'Only Olena, today.' },
      olena: { allowed: true },
      nobody: { allowed: false, message: 'Only Olena, today.' },
    });
  });
});

describe('ownerOf', () => {
  it('reads the owner; a missing record is undefined; any other failure is not hidden', () => {
    expect(ownerOf(() => AMINA)).toBe(AMINA);
    expect(ownerOf(() => null)).toBeNull();
    expect(
      ownerOf(() => {
        throw new AppError('NOT_FOUND', 'gone');
      }),
    ).toBeUndefined();
    expect(() =>
      ownerOf(() => {
        throw new AppError('CONFLICT', 'busy');
      }),
    ).toThrow('busy');
    expect(() =>
      ownerOf(() => {
        throw new Error('disk');
      }),
    ).toThrow('disk');
  });
});

describe('guardHandlers', () => {
  function guarded(permission: Permission<'quote:get'>, viewer: Viewer) {
    const handler = vi.fn(async (input: unknown) => ({ seen: input, secret: 'private' }));
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, handler])) as unknown as Handlers;
    const permissions = Object.fromEntries(CHANNELS.map((c) => [c, permission])) as unknown as Permissions;
    const withViewer = { access: { viewer: vi.fn(() => viewer) } } as unknown as Services;
    return { endpoints: guardHandlers(handlers, permissions, withViewer), handler, withViewer };
  }

  it('a refused call is FORBIDDEN with the rule’s words, and the handler never runs', async () => {
    const { endpoints, handler } = guarded({ allow: { trainer: 'open this' } }, viewers.amina);
    const call = endpoints['quote:get'](QUOTE, { transport: 'direct', clientId: 'a' });
    await expect(call).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only a trainer can open this. Unlock trainer mode first.',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('an allowed call reaches the handler with the caller’s transport and viewer, found by its client id', async () => {
    const { endpoints, handler, withViewer } = guarded({ allow: 'anyone' }, viewers.olena);
    expect(await endpoints['quote:get'](QUOTE, { transport: 'http', clientId: 'o' })).toEqual({
      seen: QUOTE,
      secret: 'private',
    });
    expect(withViewer.access.viewer).toHaveBeenCalledWith('o');
    expect(handler).toHaveBeenCalledWith(QUOTE, { transport: 'http', viewer: viewers.olena });
  });

  it('redact shapes what the caller gets back, seeing who the caller is', async () => {
    const { endpoints } = guarded(
      {
        allow: 'anyone',
        redact: (output, viewer) => ({ ...output, text: viewer.trainer ? output.text : '(hidden)' }),
      },
      viewers.amina,
    );
    const answer = await endpoints['quote:get'](QUOTE, { transport: 'direct', clientId: 'a' });
    expect(answer).toMatchObject({ seen: QUOTE, text: '(hidden)' });
  });
});
