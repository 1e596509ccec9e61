import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clockElapsed, pauseClock, startClock, STOPPED_CLOCK, type ClockState } from './timer';

export interface AnswerClock {
  running: boolean;
  /** Time banked before the current run: changes only on start, pause and reset (for the stage link). */
  bankedMs: number;
  /** Elapsed time as of the last tick (for display). */
  elapsedMs: number;
  /** Elapsed time right now (for saving a take's exact length). */
  elapsedNow(): number;
  start(): void;
  pause(): void;
  reset(): void;
}

/**
 * A pausable answer clock. It reads Date.now() rather than counting ticks, so a busy main thread (decoding a
 * recording) or a throttled background tab cannot make it run slow; the interval only refreshes the display.
 */
export function useAnswerClock(options: { tickMs?: number; limitMs?: number; onLimit?: () => void } = {}): AnswerClock {
  const { tickMs = 200, limitMs = Infinity } = options;
  const clockRef = useRef<ClockState>(STOPPED_CLOCK);
  const onLimitRef = useRef(options.onLimit);
  useEffect(() => {
    onLimitRef.current = options.onLimit;
  });
  const [view, setView] = useState({ running: false, bankedMs: 0, elapsedMs: 0 });

  const apply = useCallback((next: ClockState) => {
    clockRef.current = next;
    setView({ running: next.startedAt !== null, bankedMs: next.bankedMs, elapsedMs: clockElapsed(next, Date.now()) });
  }, []);

  useEffect(() => {
    if (!view.running) return;
    const id = setInterval(() => {
      const elapsedMs = clockElapsed(clockRef.current, Date.now());
      setView((previous) => ({ ...previous, elapsedMs }));
      // Checked on the tick, not in an effect: the caller stops the take (and the clock) in response.
      if (elapsedMs >= limitMs) onLimitRef.current?.();
    }, tickMs);
    return () => clearInterval(id);
  }, [view.running, tickMs, limitMs]);

  const elapsedNow = useCallback(() => clockElapsed(clockRef.current, Date.now()), []);
  const start = useCallback(() => apply(startClock(clockRef.current, Date.now())), [apply]);
  const pause = useCallback(() => apply(pauseClock(clockRef.current, Date.now())), [apply]);
  const reset = useCallback(() => apply(STOPPED_CLOCK), [apply]);

  return useMemo(
    () => ({
      running: view.running,
      bankedMs: view.bankedMs,
      elapsedMs: view.elapsedMs,
      elapsedNow,
      start,
      pause,
      reset,
    }),
    [view, elapsedNow, start, pause, reset],
  );
}
