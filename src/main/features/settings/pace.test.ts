import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORDS_PER_SECOND } from '../../../shared/checks';
import { call } from '../../backend/dispatch';
import { createBackend, type Backend } from '../../backend/backend';
import { tempDir } from '../../test-support/temp-backend';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

async function open(dir: string): Promise<Backend> {
  const backend = await createBackend({ dataDir: dir, version: 'test', transport: 'direct' });
  cleanups.push(() => backend.close());
  return backend;
}

const AMIRA_WINDOW = 'amira-window';
const OLENA_WINDOW = 'olena-window';

describe('speaking pace (settings:pace, settings:setPace)', () => {
  it('is the default until set, is kept per ambassador, and survives a restart of the app', async () => {
    const { dir, cleanup } = tempDir();
    const first = await open(dir);
    const amira = first.services!.ambassadors.create({ firstName: 'Amira' });
    const olena = first.services!.ambassadors.create({ firstName: 'Olena' });
    await call(first.handlers, 'access:enter', { ambassadorId: amira.id }, AMIRA_WINDOW);
    await call(first.handlers, 'access:enter', { ambassadorId: olena.id }, OLENA_WINDOW);
    expect(await call(first.handlers, 'settings:pace', { ambassadorId: amira.id }, AMIRA_WINDOW)).toEqual({
      ok: true,
      value: DEFAULT_WORDS_PER_SECOND,
    });

    expect(
      await call(first.handlers, 'settings:setPace', { ambassadorId: amira.id, wordsPerSecond: 3.2 }, AMIRA_WINDOW),
    ).toEqual({
      ok: true,
      value: 3.2,
    });
    expect(await call(first.handlers, 'settings:pace', { ambassadorId: olena.id }, OLENA_WINDOW)).toEqual({
      ok: true,
      value: DEFAULT_WORDS_PER_SECOND,
    });
    first.close();
    cleanups.length = 0;

    const second = await open(dir);
    cleanups.push(cleanup);
    await call(second.handlers, 'access:enter', { ambassadorId: amira.id }, AMIRA_WINDOW);
    expect(await call(second.handlers, 'settings:pace', { ambassadorId: amira.id }, AMIRA_WINDOW)).toEqual({
      ok: true,
      value: 3.2,
    });
    // The pace does not leak into the app settings.
    expect(Object.keys(second.services!.settings.get())).not.toContain(`speakingPace.${amira.id}`);
  });

  it('refuses a pace outside 1 to 5 words a second, and an unknown ambassador, changing nothing', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const backend = await open(dir);
    const amira = backend.services!.ambassadors.create({ firstName: 'Amira' });
    await call(backend.handlers, 'access:enter', { ambassadorId: amira.id }, AMIRA_WINDOW);
    for (const wordsPerSecond of [0.5, 5.5, Number.NaN]) {
      const result = await call(
        backend.handlers,
        'settings:setPace',
        { ambassadorId: amira.id, wordsPerSecond },
        AMIRA_WINDOW,
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const unknown = await call(backend.handlers, 'settings:setPace', {
      ambassadorId: crypto.randomUUID(),
      wordsPerSecond: 2,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(backend.services!.settings.pace(amira.id)).toBe(DEFAULT_WORDS_PER_SECOND);
  });
});
