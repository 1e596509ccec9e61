import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../test-support/temp-backend';
import { createBackend, type Backend } from './backend';
import { dispatch } from './dispatch';

let backend: Backend | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  backend?.close();
  cleanup?.();
});

const pdf = new TextEncoder().encode('%PDF-1.7\n% a tiny test file');

async function open(savePdf?: (title: string, bytes: Uint8Array) => Promise<string | null>) {
  const t = tempDir();
  cleanup = t.cleanup;
  backend = await createBackend({ dataDir: t.dir, version: 'test', transport: 'direct', capabilities: savePdf ? { savePdf } : {} });
  return backend;
}

describe('file:savePdf', () => {
  it('tells browser mode to download the file itself', async () => {
    const b = await open();
    expect(await dispatch(b.handlers, 'file:savePdf', { title: 'Message sheet - Lin', bytes: pdf }, { transport: 'http' })).toEqual({
      ok: true,
      value: { mode: 'download' },
    });
  });

  it('saves through the desktop dialog and reports the path, or null when cancelled', async () => {
    const savePdf = vi.fn(async () => '/home/trainer/Documents/Message sheet - Lin.pdf');
    const b = await open(savePdf);
    const result = await dispatch(b.handlers, 'file:savePdf', { title: 'Message sheet - Lin', bytes: pdf }, { transport: 'electron' });
    expect(result).toEqual({ ok: true, value: { mode: 'dialog', path: '/home/trainer/Documents/Message sheet - Lin.pdf' } });
    expect(savePdf).toHaveBeenCalledWith('Message sheet - Lin', pdf);
    savePdf.mockResolvedValueOnce(null as never);
    expect(await dispatch(b.handlers, 'file:savePdf', { title: 'x', bytes: pdf }, { transport: 'electron' })).toEqual({
      ok: true,
      value: { mode: 'dialog', path: null },
    });
  });

  it('refuses bytes that are not a PDF without opening the dialog', async () => {
    const savePdf = vi.fn(async () => '/tmp/x.pdf');
    const b = await open(savePdf);
    const result = await dispatch(b.handlers, 'file:savePdf', { title: 'x', bytes: new Uint8Array([1, 2, 3, 4, 5, 6]) }, { transport: 'electron' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(savePdf).not.toHaveBeenCalled();
  });
});
