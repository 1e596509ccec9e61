/** "0:42", "12:05": a position or length in a recording, in whole seconds (rounded down, as players do). */
export function formatPlaybackTime(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * An audio element's duration in ms, or null when the file does not say: WebM straight from MediaRecorder
 * reports Infinity (or NaN before its metadata has loaded).
 */
export function mediaDurationMs(seconds: number | undefined): number | null {
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}
