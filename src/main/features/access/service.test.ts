import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { createBackend, type Backend } from '../../backend/backend';
import { createDirectApi, type DirectApi } from '../../test-support/direct-client';
import { seedAmbassador, seedQuote, seedSettings } from '../../test-support/seed';
import { manualClock, tempDir } from '../../test-support/temp-backend';
import { FIRST_WAIT_MS, FREE_TRIES, waitAfter } from './throttle';
import { quoteTextHash } from '../../../shared/features/quotes/text-hash';

const open: Backend[] = [];
const folders: Array<() => void> = [];
afterEach(() => {
  while (open.length > 0) open.pop()?.close();
  while (folders.length > 0) folders.pop()?.();
});

async function laptop(dir?: string, clock = manualClock()) {
  const folder =
    dir ??
    (() => {
      const made = tempDir('studio-access-');
      folders.push(made.cleanup);
      return made.dir;
    })();
  const backend = await createBackend({ dataDir: folder, version: 'test', transport: 'direct', clock });
  open.push(backend);
  return {
    backend,
    services: backend.services!,
    clock,
    dir: folder,
    window: (): DirectApi => createDirectApi(backend.handlers),
  };
}

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const SECRET = '493817';

describe('trainer mode, per window', () => {
  it('is unlocked in one window only; a reload (a new window id) starts locked; "Lock now" locks', async () => {
    const { window } = await laptop();
    const first = window();
    must(await first['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    expect(must(await first['access:state']({})).trainer).toMatchObject({ name: 'Sam' });
    const second = window();
    expect(must(await second['access:state']({})).trainer).toBeNull();
    expect(
      await second['cohort:create']({
        fields: {
          name: 'X',
          organisation: '',
          campaign: '',
          hashtag: '',
          mediaDate: '',
          pressContact: { name: '', email: '', phone: '' },
        },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only a trainer can create a cohort. Unlock trainer mode first.' },
    });
    must(await second['access:unlockTrainer']({ secret: SECRET }));
    expect(must(await second['access:lock']({})).trainer).toBeNull();
    expect(must(await first['access:state']({})).trainer).not.toBeNull();
  });

  it('locks by itself after the idle time (10 minutes unless a trainer changes it), measured from the last call', async () => {
    const { window, clock } = await laptop();
    const api = window();
    must(await api['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    clock.advance(9 * 60_000);
    expect(must(await api['access:state']({})).trainer).not.toBeNull();
    clock.advance(9 * 60_000); // 9 minutes after the last call: still within the 10
    expect(must(await api['access:state']({})).trainer).not.toBeNull();
    must(await api['access:setIdleMinutes']({ minutes: 2 }));
    clock.advance(2 * 60_000 + 1);
    const state = must(await api['access:state']({}));
    expect(state.trainer).toBeNull();
    expect(state.idleMinutes).toBe(2);
  });

  it('lets anyone set up the first trainer, but only a trainer add another; a trainer changes only their own name', async () => {
    const { window, services } = await laptop();
    const sam = window();
    must(await sam['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    const stranger = window();
    expect(await stranger['access:addTrainer']({ name: 'Mallory', secret: '111111' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    must(await sam['access:addTrainer']({ name: 'Joy', secret: 'second trainer passphrase' }));
    const joy = window();
    must(await joy['access:unlockTrainer']({ secret: 'second trainer passphrase' }));
    must(await joy['access:updateTrainer']({ name: 'Joy Adeyemi' }));
    expect(must(await joy['access:state']({})).trainer?.name).toBe('Joy Adeyemi');
    expect(must(await sam['access:state']({})).trainer?.name).toBe('Sam');
    // Settings no longer hold a trainer name anyone could change.
    expect(services.settings.get()).not.toHaveProperty('trainerName');
    expect(await stranger['settings:update']({ patch: { trainerName: 'Mallory' } } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('records the trainer who unlocked this window on an approval and on their comments', async () => {
    const { window, services } = await laptop();
    seedSettings(services);
    const amira = seedAmbassador(services, { firstName: 'Amira' });
    const quote = seedQuote(services, amira.id, { text: 'Home is people.' }, 'in_review');
    const joy = window();
    must(await joy['access:addTrainer']({ name: 'Joy', secret: SECRET }));
    must(await joy['comment:add']({ targetType: 'quote', targetId: quote.id, field: 'text', body: 'Lovely.' }));
    const approved = must(
      await joy['quote:transition']({ id: quote.id, action: 'approve', textHash: quoteTextHash(quote) }),
    );
    expect(approved.approvedBy).toBe('Joy');
    expect(services.comments.list('quote', quote.id)[0]).toMatchObject({ authorRole: 'trainer', authorName: 'Joy' });
  });

  it('keeps secrets only as salted scrypt hashes, and checks them off the event loop', async () => {
    const { window, backend } = await laptop();
    const api = window();
    must(await api['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    const stored = JSON.stringify(backend.db!.prepare('SELECT * FROM trainer').all());
    expect(stored).not.toContain(SECRET);
    const secret = JSON.parse(
      (backend.db!.prepare('SELECT secret FROM trainer').get() as { secret: string }).secret,
    ) as { N: number };
    expect(secret.N).toBe(32768);

    const other = window();
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    await other['access:unlockTrainer']({ secret: SECRET });
    clearInterval(ticker);
    // While the hash was computed (tens of milliseconds), timers kept firing: nothing waited on it.
    expect(ticks).toBeGreaterThan(3);
  });

  it('refuses a short PIN or passphrase when one is set', async () => {
    const { window } = await laptop();
    const api = window();
    for (const secret of ['2468', '12345', 'short']) {
      expect(await api['access:addTrainer']({ name: 'Sam', secret })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    must(await api['access:addTrainer']({ name: 'Sam', secret: '123456' }));
  });
});

describe('guessing a secret', () => {
  it('makes 20 wrong tries cost far more than several minutes of enforced waiting, kept across a restart', async () => {
    const clock = manualClock();
    const first = await laptop(undefined, clock);
    must(await first.window()['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    let api = first.window();
    let waited = 0;
    let attempts = 0;
    let backend = first;
    for (let guess = 0; guess < 20; guess += 1) {
      if (guess === 10) {
        // Restart the app halfway: the count is in the database, not in memory.
        backend.backend.close();
        open.splice(open.indexOf(backend.backend), 1);
        backend = await laptop(first.dir, clock);
        api = backend.window();
      }
      let result = await api['access:unlockTrainer']({ secret: String(100000 + guess) });
      // An impatient guesser is refused without the guess being checked at all.
      while (!result.ok && result.error.code === 'RATE_LIMITED' && !/^That PIN/u.test(result.error.message)) {
        const minutes = /in (\d+) (minute|second)/u.exec(result.error.message);
        expect(minutes).not.toBeNull();
        const wait = Number(minutes![1]) * (minutes![2] === 'minute' ? 60_000 : 1000);
        clock.advance(wait);
        waited += wait;
        result = await api['access:unlockTrainer']({ secret: String(100000 + guess) });
      }
      attempts += 1;
      expect(result.ok).toBe(false);
    }
    expect(attempts).toBe(20);
    const enforced = Array.from({ length: 19 }, (_, i) => waitAfter(i + 1)).reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThanOrEqual(enforced);
    expect(waited).toBeGreaterThan(5 * 60 * 60_000); // hours, not seconds
    expect(waitAfter(FREE_TRIES)).toBe(FIRST_WAIT_MS);

    // The right secret still works once the wait is over, and resets the count.
    const last = await api['access:unlockTrainer']({ secret: SECRET });
    expect(last).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(last.ok ? '' : last.error.message).toMatch(/Try again in \d+ minutes?\./u);
    clock.advance(60 * 60_000);
    expect(must(await api['access:unlockTrainer']({ secret: SECRET })).trainer).not.toBeNull();
    expect(backend.backend.db!.prepare("SELECT failures FROM secret_throttle WHERE target = 'trainer'").get()).toEqual({
      failures: 0,
    });
  });

  it('counts parallel guesses one by one, so a burst cannot slip past the count', async () => {
    const { window, backend } = await laptop();
    must(await window()['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    const api = window();
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => api['access:unlockTrainer']({ secret: String(200000 + i) })),
    );
    // The first FREE_TRIES are checked (the last of them starts the wait); the rest are refused unchecked.
    const checked = burst.filter((r) => !r.ok && /not right/u.test(r.error.message)).length;
    expect(checked).toBe(FREE_TRIES);
    const unchecked = burst.filter((r) => !r.ok && /^Too many wrong tries/u.test(r.error.message));
    expect(unchecked).toHaveLength(12 - FREE_TRIES);
    expect(backend.db!.prepare("SELECT failures FROM secret_throttle WHERE target = 'trainer'").get()).toEqual({
      failures: FREE_TRIES,
    });
  });
});

describe('workspaces on a shared laptop', () => {
  it('opens a protected workspace only with its PIN, and another ambassador’s window sees none of its work', async () => {
    const { window, services } = await laptop();
    seedSettings(services);
    const amira = seedAmbassador(services, {
      firstName: 'Amira',
      privateDetails: [{ kind: 'employer', value: 'Northgate' }],
    });
    const olena = seedAmbassador(services, { firstName: 'Olena' });
    const mine = window();
    must(await mine['access:enter']({ ambassadorId: amira.id }));
    must(await mine['access:setWorkspacePin']({ pin: '731946' }));
    const hers = window();
    must(await hers['access:enter']({ ambassadorId: olena.id }));
    expect(await hers['ambassador:get']({ id: amira.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await hers['access:enter']({ ambassadorId: amira.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await hers['access:enter']({ ambassadorId: amira.id, pin: '000000' })).toMatchObject({ ok: false });
    expect(must(await hers['access:state']({})).ambassadorId).toBe(olena.id);
    must(await hers['access:enter']({ ambassadorId: amira.id, pin: '731946' }));
    expect(must(await hers['ambassador:get']({ id: amira.id })).privateDetails).toHaveLength(1);
    // The switcher names others by their public name only.
    const names = must(await window()['access:workspaces']({})).map((w) => [w.name, w.protected]);
    expect(names).toEqual([
      ['Amira', true],
      ['Olena', false],
    ]);
  });

  it('starts a new window in the last unprotected workspace, and in none after a protected one', async () => {
    const { window, services } = await laptop();
    seedSettings(services);
    const olena = seedAmbassador(services, { firstName: 'Olena' });
    const api = window();
    must(await api['access:enter']({ ambassadorId: olena.id }));
    expect(must(await window()['access:state']({})).ambassadorId).toBe(olena.id);
    must(await api['access:setWorkspacePin']({ pin: '731946' }));
    expect(must(await window()['access:state']({})).ambassadorId).toBeNull();
  });

  it('changes a workspace PIN only with the current one, and lets a trainer open any workspace', async () => {
    const { window, services } = await laptop();
    seedSettings(services);
    const amira = seedAmbassador(services, { firstName: 'Amira' });
    const api = window();
    must(await api['access:enter']({ ambassadorId: amira.id }));
    must(await api['access:setWorkspacePin']({ pin: '731946' }));
    expect(await api['access:setWorkspacePin']({ pin: '111111' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    must(await api['access:setWorkspacePin']({ pin: null, currentPin: '731946' }));
    must(await api['access:setWorkspacePin']({ pin: '731946' }));
    const trainer = window();
    must(await trainer['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    must(await trainer['access:enter']({ ambassadorId: amira.id }));
  });
});

describe('an ambassador’s own laptop', () => {
  it('holds one ambassador: no other profile, no opening someone else, and it cannot be made "own" with several', async () => {
    const { window, services } = await laptop();
    const api = window();
    must(await api['access:setLaptopKind']({ kind: 'own' }));
    const me = must(await api['ambassador:create']({ fields: { firstName: 'Amira' } }));
    seedSettings(services);
    expect(must(await api['access:state']({})).ambassadorId).toBe(me.id);
    expect(await api['ambassador:create']({ fields: { firstName: 'Someone' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(must(await window()['access:workspaces']({})).map((w) => w.name)).toEqual(['Amira']);
    // Once set up, only a trainer may change what kind of laptop this is.
    expect(await api['access:setLaptopKind']({ kind: 'shared' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses to call a laptop with several people on it someone’s own', async () => {
    const { window, services } = await laptop();
    const trainer = window();
    must(await trainer['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    seedAmbassador(services, { firstName: 'Amira' });
    seedAmbassador(services, { firstName: 'Olena' });
    expect(await trainer['access:setLaptopKind']({ kind: 'own' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('search, by who is asking', () => {
  it('never shows archived people unless a trainer asks, and shows an ambassador only their own work', async () => {
    const { window, services } = await laptop();
    seedSettings(services);
    const amira = seedAmbassador(services, { firstName: 'Amira' });
    const olena = seedAmbassador(services, { firstName: 'Olena' });
    services.quotes.create(amira.id, { text: 'Lanterns on the harbour wall' });
    services.quotes.create(olena.id, { text: 'Lanterns in the choir hall' });
    const trainer = window();
    must(await trainer['access:addTrainer']({ name: 'Sam', secret: SECRET }));
    const found = async (api: DirectApi, includeArchived?: boolean) =>
      must(await api['search:query']({ text: 'lanterns', ...(includeArchived ? { includeArchived } : {}) })).map(
        (r) => r.ambassadorId,
      );

    expect((await found(trainer)).sort()).toEqual([amira.id, olena.id].sort());
    services.ambassadors.archive(amira.id, true);
    expect(await found(trainer)).toEqual([olena.id]);
    expect((await found(trainer, true)).sort()).toEqual([amira.id, olena.id].sort());

    const hers = window();
    must(await hers['access:enter']({ ambassadorId: olena.id }));
    expect(await found(hers)).toEqual([olena.id]);
    expect(await hers['search:query']({ text: 'lanterns', includeArchived: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // A window with no workspace open finds nothing at all.
    services.settings.update({ currentAmbassadorId: null });
    expect(await found(window())).toEqual([]);
  });
});
