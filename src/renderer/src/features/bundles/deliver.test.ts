import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeBundleOutcomes, receiveBundle } from './deliver';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bundle deliveries', () => {
  it('downloads the bytes in browser mode under the given name', () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const outcome = receiveBundle({
      mode: 'download',
      fileName: 'Work - Amira.studio-bundle',
      bytes: new Uint8Array([1]),
    });
    expect(outcome).toEqual({ kind: 'downloaded', fileName: 'Work - Amira.studio-bundle' });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('Work - Amira.studio-bundle');
  });

  it('reads what the desktop app did, downloading nothing', () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    expect(
      receiveBundle({ mode: 'saved', path: '/home/sam/Work.studio-bundle', fileName: 'Work.studio-bundle' }),
    ).toEqual({
      kind: 'saved',
      path: '/home/sam/Work.studio-bundle',
      fileName: 'Work.studio-bundle',
    });
    expect(receiveBundle({ mode: 'saved', path: null, fileName: 'Work.studio-bundle' })).toEqual({
      kind: 'cancelled',
      fileName: 'Work.studio-bundle',
    });
    expect(click).not.toHaveBeenCalled();
  });

  it('says in one line what happened to one or several files', () => {
    expect(describeBundleOutcomes([{ kind: 'downloaded', fileName: 'a.studio-bundle' }])).toBe(
      'Downloading as “a.studio-bundle”. Look in your Downloads folder.',
    );
    expect(
      describeBundleOutcomes([
        { kind: 'downloaded', fileName: 'a.studio-bundle' },
        { kind: 'downloaded', fileName: 'b.studio-bundle' },
      ]),
    ).toBe('Downloading 2 files: “a.studio-bundle”, “b.studio-bundle”. Look in your Downloads folder.');
    expect(
      describeBundleOutcomes([
        { kind: 'saved', fileName: 'a.studio-bundle', path: '/x/a.studio-bundle' },
        { kind: 'cancelled', fileName: 'b.studio-bundle' },
      ]),
    ).toBe('Saved to /x/a.studio-bundle. Not saved (the save window was closed): “b.studio-bundle”.');
    expect(describeBundleOutcomes([{ kind: 'cancelled', fileName: 'a.studio-bundle' }])).toBe(
      'Not saved: the save window was closed. Try again when you are ready.',
    );
  });
});
