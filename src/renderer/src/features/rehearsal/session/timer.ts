/**
 * The answer clock, as pure functions so the phases can be tested without a browser. The same rules drive
 * the laptop countdown and the projector's stage timer (DOMAIN.md "Trainer tools": yellow at 60 %, red at
 * 80 % of the time, then overtime).
 */

export type TimerPhase = 'normal' | 'warning' | 'danger' | 'overtime';

/** Share of the answer time after which the clock turns yellow, then red. */
export const WARNING_AT = 0.6;
export const DANGER_AT = 0.8;

export function timerPhase(elapsedMs: number, targetMs: number): TimerPhase {
  if (elapsedMs > targetMs) return 'overtime';
  if (elapsedMs >= DANGER_AT * targetMs) return 'danger';
  if (elapsedMs >= WARNING_AT * targetMs) return 'warning';
  return 'normal';
}

/** A pausable stopwatch: time banked from earlier runs plus the run in progress (if any). */
export interface ClockState {
  bankedMs: number;
  /** When the current run started (ms since the epoch), or null while stopped. */
  startedAt: number | null;
}

export const STOPPED_CLOCK: ClockState = Object.freeze({ bankedMs: 0, startedAt: null });

export function clockElapsed(clock: ClockState, now: number): number {
  return clock.bankedMs + (clock.startedAt === null ? 0 : Math.max(0, now - clock.startedAt));
}

export function startClock(clock: ClockState, now: number): ClockState {
  return clock.startedAt === null ? { bankedMs: clock.bankedMs, startedAt: now } : clock;
}

export function pauseClock(clock: ClockState, now: number): ClockState {
  return clock.startedAt === null ? clock : { bankedMs: clockElapsed(clock, now), startedAt: null };
}

/** "1:05" for time left; "+0:07" once the answer runs over. Whole seconds, rounded so 0:00 means time is up. */
export function formatClock(elapsedMs: number, targetMs: number): string {
  const over = elapsedMs > targetMs;
  const ms = over ? elapsedMs - targetMs : targetMs - elapsedMs;
  const seconds = over ? Math.floor(ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}

/** Seconds as people say them: "45 seconds", "1 minute 30 seconds". */
export function formatSeconds(totalSeconds: number): string {
  const seconds = Math.round(totalSeconds);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const secondsText = `${rest} second${rest === 1 ? '' : 's'}`;
  if (minutes === 0) return secondsText;
  const minutesText = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return rest === 0 ? minutesText : `${minutesText} ${secondsText}`;
}

interface PhaseText {
  /** Short label shown next to the clock (with an icon), so the phase never depends on colour alone. */
  label: string;
  /** Said once, politely, when the phase begins. */
  announcement: string;
}

export const PHASE_TEXT: Readonly<Record<TimerPhase, PhaseText>> = {
  normal: { label: 'Plenty of time', announcement: 'The clock is running.' },
  warning: {
    label: 'Head for your key message',
    announcement: 'More than half the time has gone. Head for your key message.',
  },
  danger: { label: 'Finish your sentence', announcement: 'Nearly out of time. Finish your sentence.' },
  overtime: { label: 'Over time', announcement: 'Time is up. You are now over time.' },
};

/** Mantine colours per phase; always paired with PHASE_TEXT and an icon. */
export const PHASE_COLOR: Readonly<Record<TimerPhase, string>> = {
  normal: 'teal',
  warning: 'yellow',
  danger: 'red',
  overtime: 'red',
};
