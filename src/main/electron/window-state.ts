/**
 * Remembers where the window was. Trainers move between a laptop screen and a projector, so saved bounds
 * are always clamped to the displays that exist now: a window must never reopen on a screen that is gone.
 *
 * No electron import: the caller passes the displays' work areas, so the logic is tested in plain Node.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makePrivateDir, makePrivateFile, PRIVATE_FILE_MODE } from '../private-files';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds?: Rect;
  maximized: boolean;
}

export interface PlacedBounds {
  width: number;
  height: number;
  /** Absent means "let Electron centre the window". */
  x?: number;
  y?: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
/** How much of the window must be on a display (roughly a title bar) for the saved position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

function isFiniteRect(value: unknown): value is Rect {
  const r = value as Partial<Rect> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    (r.width as number) > 0 &&
    (r.height as number) > 0
  );
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * Fits saved bounds to the current work areas (first = primary display). Keeps the saved position when a
 * usable part of the window is on some display; otherwise drops it so the window is centred on the primary.
 * The size never exceeds the chosen display, and never goes below MIN_SIZE unless the display is smaller.
 */
export function clampBounds(saved: Rect | undefined, workAreas: readonly Rect[]): PlacedBounds {
  const primary = workAreas[0];
  const fit = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: Math.round(area ? clamp(size.width, Math.min(MIN_SIZE.width, area.width), area.width) : size.width),
    height: Math.round(area ? clamp(size.height, Math.min(MIN_SIZE.height, area.height), area.height) : size.height),
  });
  if (!saved || !isFiniteRect(saved)) return fit(DEFAULT_SIZE, primary);

  let best: { area: Rect; visible: number } | undefined;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    const visible = o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height ? o.width * o.height : 0;
    if (visible > 0 && (!best || visible > best.visible)) best = { area, visible };
  }
  if (!best) return fit(saved, primary);

  const size = fit(saved, best.area);
  const { area } = best;
  return {
    ...size,
    x: Math.round(clamp(saved.x, area.x, area.x + area.width - size.width)),
    y: Math.round(clamp(saved.y, area.y, area.y + area.height - size.height)),
  };
}

/** A missing, unreadable or corrupt file means "no saved state", never an error at start-up. */
export function loadWindowState(file: string): WindowState {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState> | null;
    return {
      bounds: isFiniteRect(data?.bounds) ? data.bounds : undefined,
      maximized: data?.maximized === true,
    };
  } catch {
    return { maximized: false };
  }
}

/** Written to a temp file and renamed, so a crash mid-write cannot leave a half file behind. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    makePrivateDir(dirname(file));
    const tmp = `${file}.tmp`;
    // 0600 like every file the app writes, even if the umask was not set (tests, a future entry point).
    writeFileSync(tmp, JSON.stringify(state), { mode: PRIVATE_FILE_MODE });
    renameSync(tmp, file);
    // A leftover temp file from an older version kept its 644 through the write.
    makePrivateFile(file);
  } catch (error) {
    // Losing the window position is harmless; say so and carry on.
    console.warn('[ambassador-studio] could not save the window position', error);
  }
}
