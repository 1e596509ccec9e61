/**
 * interview:prepCard through the real backend (permission table, handlers, delivery): the request's owner and a
 * trainer get the card, another ambassador's window gets FORBIDDEN and nothing is printed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PdfPrinterFactory } from '../../../pdf/printer';
import { paperCountPrinter } from '../../../test-support/paper-printer';
import { seedAmbassador, seedHouse, unlockTrainer } from '../../../test-support/seed';
import { createTestStudio, type TestStudio, type TestStudioOptions } from '../../../test-support/test-studio';
import { houseFields, requestFields } from './fixtures.test-support';

const studios: TestStudio[] = [];
afterEach(() => {
  while (studios.length > 0) studios.pop()?.close();
});

async function setup(options: TestStudioOptions = {}) {
  let printed = 0;
  const counting: PdfPrinterFactory = () => {
    const inner = paperCountPrinter();
    return {
      print: (html, o) => {
        printed += 1;
        return inner.print(html, o);
      },
      close: () => inner.close(),
    };
  };
  const studio = await createTestStudio({ printer: counting, ...options });
  studios.push(studio);
  const amira = seedAmbassador(studio.services, { firstName: 'Amira', fullName: 'Amira Haddad' });
  const olena = seedAmbassador(studio.services, { firstName: 'Olena' }, { current: false });
  seedHouse(studio.services, amira.id, houseFields());
  const request = studio.services.interviews.create(amira.id, requestFields());
  await studio.api['access:enter']({ ambassadorId: amira.id });
  return { studio, id: request.id, olenaId: olena.id, printed: () => printed };
}

describe('interview:prepCard', () => {
  it('gives the owner the card to download, one page, named after the outlet', async () => {
    const { studio, id } = await setup();
    const card = await studio.api['interview:prepCard']({ id, paper: 'Letter' });
    expect(card).toMatchObject({
      ok: true,
      value: { fileName: 'Prep card - Harbour FM.pdf', paper: 'Letter', pages: 1, delivery: { mode: 'download' } },
    });
  });

  it('lets a trainer print it, and refuses another ambassador’s window before anything is printed', async () => {
    const { studio, id, olenaId, printed } = await setup();
    const other = studio.window();
    await other['access:enter']({ ambassadorId: olenaId });
    const refused = await other['interview:prepCard']({ id, paper: 'A4' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(printed()).toBe(0);

    const trainer = studio.window();
    await unlockTrainer(trainer);
    expect(await trainer['interview:prepCard']({ id, paper: 'A4' })).toMatchObject({ ok: true });
    expect(printed()).toBeGreaterThan(0);
  });

  it('says so when the request does not exist', async () => {
    const { studio } = await setup();
    await unlockTrainer(studio.api);
    const missing = await studio.api['interview:prepCard']({ id: crypto.randomUUID(), paper: 'A4' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
