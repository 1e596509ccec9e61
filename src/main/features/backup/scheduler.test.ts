import { describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../../shared/features/backup/schemas';
import { DAY_MS, isDailyBackupDue, startDailyBackups } from './scheduler';

const backup = (createdAt: string): BackupInfo => ({ id: 'x.sqlite', reason: 'daily', createdAt, size: 1 });

describe('daily backups', () => {
  it('are due when there is none, or the newest is a day old', () => {
    const now = Date.parse('2026-10-02T09:00:00Z');
    expect(isDailyBackupDue(undefined, now)).toBe(true);
    expect(isDailyBackupDue(backup('2026-10-01T09:00:00.000Z'), now)).toBe(true);
    expect(isDailyBackupDue(backup('2026-10-01T09:00:00.001Z'), now)).toBe(false);
  });

  it('check on start and on a timer, skip a fresh install, report failures, and stop', async () => {
    vi.useFakeTimers();
    try {
      let now = Date.parse('2026-10-02T09:00:00Z');
      let newest: BackupInfo | undefined;
      let hasData = false;
      const report = vi.fn();
      const create = vi.fn(async () => {
        if (create.mock.calls.length === 2) throw new Error('disk full');
        newest = backup(new Date(now).toISOString());
      });
      const daily = startDailyBackups(
        { newest: () => newest, hasData: () => hasData, create, now: () => now, report },
        { firstCheckMs: 10, everyMs: 1000 },
      );
      await vi.advanceTimersByTimeAsync(10);
      expect(create).not.toHaveBeenCalled();
      hasData = true;
      await vi.advanceTimersByTimeAsync(1000);
      expect(create).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(5000);
      expect(create).toHaveBeenCalledTimes(1);
      now += DAY_MS;
      await vi.advanceTimersByTimeAsync(1000);
      expect(create).toHaveBeenCalledTimes(2);
      expect(report).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
      await vi.advanceTimersByTimeAsync(1000);
      expect(create).toHaveBeenCalledTimes(3);
      now += DAY_MS;
      daily.stop();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(create).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
