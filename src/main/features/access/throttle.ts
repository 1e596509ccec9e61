/**
 * Slowing down guessing. The first few wrong tries are free (people mistype); after that each wrong try doubles
 * the wait before the next one, up to an hour. Twenty wrong tries therefore cost days, not seconds, and a
 * 6-digit PIN cannot be run through. The count lives in the database, so restarting the app does not reset it.
 */
export const FREE_TRIES = 5;
export const FIRST_WAIT_MS = 30_000;
export const LONGEST_WAIT_MS = 60 * 60_000;

/** How long to wait after this many wrong tries in a row. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/** "Try again in 2 minutes": rounded up, so people never try a moment too early. */
export function tryAgainIn(ms: number): string {
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return `${seconds} second${seconds === 1 ? '' : 's'}`;
  }
  const minutes = Math.ceil(ms / 60_000);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
