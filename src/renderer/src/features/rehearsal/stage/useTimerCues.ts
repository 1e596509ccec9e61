import { useEffect, useRef } from 'react';
import { crossedCue } from './cues';
import type { Beeper } from './beep';

/**
 * Plays a cue when the clock passes 60 %, 80 % and the end of the time, if sound is on. It compares each reading
 * with the one before, so a pause, a resume or a reset never plays a cue twice or late.
 */
export function useTimerCues(options: { elapsedMs: number; targetMs: number; enabled: boolean; beep: Beeper }): void {
  const { elapsedMs, targetMs, enabled, beep } = options;
  const previous = useRef(elapsedMs);
  useEffect(() => {
    const before = previous.current;
    previous.current = elapsedMs;
    if (!enabled) return;
    const cue = crossedCue(before, elapsedMs, targetMs);
    if (cue) beep(cue);
  }, [elapsedMs, targetMs, enabled, beep]);
}
