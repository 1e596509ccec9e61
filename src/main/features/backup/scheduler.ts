/**
 * Daily backups: one shortly after the app starts if the newest backup is more than a day old, and then a check
 * every hour while it runs (a laptop left open for days still gets one a day). Stopped when the backend closes or
 * its database is replaced.
 */
import type { BackupInfo } from '../../../shared/features/backup/schemas';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface DailyBackupDeps {
  newest(): BackupInfo | undefined;
  /** False while the database holds nothing worth keeping (a fresh install). */
  hasData(): boolean;
  create(): Promise<unknown>;
  now(): number;
  /** A failed daily backup is reported, never thrown: the app goes on. */
  report(error: unknown): void;
}

export interface DailyBackupTiming {
  firstCheckMs: number;
  everyMs: number;
}

const DEFAULT_TIMING: DailyBackupTiming = { firstCheckMs: 5_000, everyMs: 60 * 60 * 1000 };

export function isDailyBackupDue(newest: BackupInfo | undefined, now: number): boolean {
  return !newest || now - Date.parse(newest.createdAt) >= DAY_MS;
}

export function startDailyBackups(deps: DailyBackupDeps, timing: DailyBackupTiming = DEFAULT_TIMING) {
  let running: Promise<void> | null = null;
  let stopped = false;
  const check = (): Promise<void> => {
    if (stopped || running) return running ?? Promise.resolve();
    if (!deps.hasData() || !isDailyBackupDue(deps.newest(), deps.now())) return Promise.resolve();
    running = deps
      .create()
      .then(() => undefined, deps.report)
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void check(), timing.firstCheckMs);
  const every = setInterval(() => void check(), timing.everyMs);
  // Timers alone never keep the process (a CLI, a test) alive.
  first.unref?.();
  every.unref?.();
  return {
    /** Runs the check now (tests, and after a restore). */
    check,
    stop(): void {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
    },
  };
}

export type DailyBackups = ReturnType<typeof startDailyBackups>;
