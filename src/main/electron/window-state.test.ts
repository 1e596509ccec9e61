import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clampBounds, DEFAULT_SIZE, loadWindowState, MIN_SIZE, saveWindowState } from './window-state';

vi.mock('electron', () => ({}));

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const projectorRight = { x: 1440, y: 0, width: 1920, height: 1050 };

describe('clampBounds', () => {
  it('uses the default size, centred, when nothing was saved', () => {
    expect(clampBounds(undefined, [laptop])).toEqual(DEFAULT_SIZE);
  });

  it('keeps saved bounds that fit on a display', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700 };
    expect(clampBounds(saved, [laptop])).toEqual(saved);
  });

  it('keeps a window on the second display when that display is still there', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(clampBounds(saved, [laptop, projectorRight])).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone (projector unplugged)', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(clampBounds(saved, [laptop])).toEqual({ width: 1200, height: 800 });
  });

  it('shrinks a window larger than its display and pulls it fully on screen', () => {
    const saved = { x: -50, y: 500, width: 3000, height: 2000 };
    expect(clampBounds(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 870 });
  });

  it('pulls a partly off-screen window back inside the work area', () => {
    const saved = { x: 1300, y: 700, width: 1000, height: 700 };
    expect(clampBounds(saved, [laptop])).toEqual({ x: 440, y: 170, width: 1000, height: 700 });
  });

  it('treats a sliver (less than a title bar) on screen as off screen', () => {
    const saved = { x: 1400, y: 0, width: 1000, height: 700 };
    expect(clampBounds(saved, [laptop])).toEqual({ width: 1000, height: 700 });
  });

  it('raises a too-small window to the minimum size, but never beyond a tiny display', () => {
    expect(clampBounds({ x: 10, y: 10, width: 200, height: 100 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      ...MIN_SIZE,
    });
    const tiny = { x: 0, y: 0, width: 800, height: 560 };
    expect(clampBounds({ x: 0, y: 0, width: 1000, height: 700 }, [tiny])).toEqual(tiny);
  });

  it('ignores nonsense bounds', () => {
    const nan = { x: Number.NaN, y: 0, width: 1000, height: 700 };
    expect(clampBounds(nan, [laptop])).toEqual(DEFAULT_SIZE);
    expect(clampBounds({ x: 0, y: 0, width: -5, height: 700 }, [laptop])).toEqual(DEFAULT_SIZE);
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'studio-window-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips bounds and the maximised flag', () => {
    const file = join(dir, 'nested', 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the file 0600 and its folder 0700, also over an older 644 file',
    () => {
      const previous = process.umask(0o022);
      try {
        const file = join(dir, 'user-data', 'window-state.json');
        saveWindowState(file, { maximized: false });
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(statSync(join(dir, 'user-data')).mode & 0o777).toBe(0o700);
        chmodSync(file, 0o644);
        writeFileSync(`${file}.tmp`, '', { mode: 0o644 });
        saveWindowState(file, { maximized: true });
        expect(statSync(file).mode & 0o777).toBe(0o600);
      } finally {
        process.umask(previous);
      }
    },
  );

  it('treats a missing, corrupt or odd file as no saved state', () => {
    expect(loadWindowState(join(dir, 'missing.json'))).toEqual({ maximized: false });
    const file = join(dir, 'window-state.json');
    for (const content of ['{not json', 'null', '[]', '{"bounds":{"x":"a"},"maximized":"yes"}']) {
      writeFileSync(file, content);
      expect(loadWindowState(file)).toEqual({ bounds: undefined, maximized: false });
    }
  });

  it('does not throw when the file cannot be written', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    expect(() => saveWindowState(join(blocker, 'window-state.json'), { maximized: false })).not.toThrow();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
