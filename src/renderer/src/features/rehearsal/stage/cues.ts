import { DANGER_AT, WARNING_AT } from '../session/timer';

/** The moments the optional sound marks: 60 % of the time, 80 %, and over time (DOMAIN.md's stage timer). */
export type TimerCue = 'warning' | 'danger' | 'overtime';

const CUE_POINTS: ReadonlyArray<{ cue: TimerCue; share: number; strict: boolean }> = [
  { cue: 'warning', share: WARNING_AT, strict: false },
  { cue: 'danger', share: DANGER_AT, strict: false },
  // Over time starts just after the target, as timerPhase has it.
  { cue: 'overtime', share: 1, strict: true },
];

/**
 * The cue whose moment lies between two readings of the clock, if any (the latest, when a slow tick skipped
 * past two at once: one sound, the one that matters now). Going backwards (a reset) crosses nothing.
 */
export function crossedCue(previousMs: number, nowMs: number, targetMs: number): TimerCue | null {
  if (!(targetMs > 0) || nowMs <= previousMs) return null;
  let crossed: TimerCue | null = null;
  for (const { cue, share, strict } of CUE_POINTS) {
    const at = share * targetMs;
    const reached = strict ? nowMs > at : nowMs >= at;
    const before = strict ? previousMs <= at : previousMs < at;
    if (reached && before) crossed = cue;
  }
  return crossed;
}

/** Pitch and count per cue: higher and more insistent as time runs out, so each is told apart without looking. */
export const CUE_SOUND: Readonly<Record<TimerCue, { hz: number; beeps: number }>> = {
  warning: { hz: 660, beeps: 1 },
  danger: { hz: 880, beeps: 2 },
  overtime: { hz: 990, beeps: 3 },
};
