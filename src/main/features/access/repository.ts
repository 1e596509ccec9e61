import type { Database } from 'better-sqlite3';
import { readJson } from '../../db/json-column';
import { storedSecretSchema, type StoredSecret } from './secrets';

interface TrainerRow {
  id: string;
  name: string;
  secret: string;
}

export interface TrainerRecord {
  id: string;
  name: string;
  secret: StoredSecret | null;
}

const toTrainer = (row: TrainerRow): TrainerRecord => ({
  id: row.id,
  name: row.name,
  secret: readJson<StoredSecret | null>(row.secret, storedSecretSchema, null),
});

/** Trainers, workspace PINs and the wrong-try counts behind them. */
export function createAccessRepository(db: Database) {
  const s = {
    trainers: db.prepare<[], TrainerRow>(
      'SELECT id, name, secret FROM trainer WHERE deleted_at IS NULL ORDER BY created_at',
    ),
    trainer: db.prepare<[string], TrainerRow>(
      'SELECT id, name, secret FROM trainer WHERE id = ? AND deleted_at IS NULL',
    ),
    insertTrainer: db.prepare(
      'INSERT INTO trainer (id, name, secret, created_at, updated_at) VALUES (@id, @name, @secret, @now, @now)',
    ),
    updateTrainer: db.prepare('UPDATE trainer SET name = @name, secret = @secret, updated_at = @now WHERE id = @id'),
    pin: db.prepare<[string], { secret: string }>('SELECT secret FROM workspace_pin WHERE ambassador_id = ?'),
    pinned: db.prepare<[], { ambassador_id: string }>('SELECT ambassador_id FROM workspace_pin'),
    setPin: db.prepare(
      `INSERT INTO workspace_pin (ambassador_id, secret, created_at, updated_at) VALUES (@ambassadorId, @secret, @now, @now)
       ON CONFLICT(ambassador_id) DO UPDATE SET secret = excluded.secret, updated_at = excluded.updated_at`,
    ),
    removePin: db.prepare<[string]>('DELETE FROM workspace_pin WHERE ambassador_id = ?'),
    throttle: db.prepare<[string], { failures: number; next_try_at: string | null }>(
      'SELECT failures, next_try_at FROM secret_throttle WHERE target = ?',
    ),
    setThrottle: db.prepare(
      `INSERT INTO secret_throttle (target, failures, next_try_at, updated_at) VALUES (@target, @failures, @nextTryAt, @now)
       ON CONFLICT(target) DO UPDATE SET failures = excluded.failures, next_try_at = excluded.next_try_at,
       updated_at = excluded.updated_at`,
    ),
  };
  return {
    trainers: () => s.trainers.all().map(toTrainer),
    trainer(id: string): TrainerRecord | undefined {
      const row = s.trainer.get(id);
      return row ? toTrainer(row) : undefined;
    },
    addTrainer(id: string, name: string, secret: StoredSecret, now: string): void {
      s.insertTrainer.run({ id, name, secret: JSON.stringify(secret), now });
    },
    updateTrainer(id: string, name: string, secret: StoredSecret, now: string): void {
      s.updateTrainer.run({ id, name, secret: JSON.stringify(secret), now });
    },
    workspacePin(ambassadorId: string): StoredSecret | null {
      const row = s.pin.get(ambassadorId);
      return row ? readJson<StoredSecret | null>(row.secret, storedSecretSchema, null) : null;
    },
    protectedWorkspaces: (): Set<string> => new Set(s.pinned.all().map((r) => r.ambassador_id)),
    setWorkspacePin(ambassadorId: string, secret: StoredSecret | null, now: string): void {
      if (secret) s.setPin.run({ ambassadorId, secret: JSON.stringify(secret), now });
      else s.removePin.run(ambassadorId);
    },
    throttle(target: string): { failures: number; nextTryAt: string | null } {
      const row = s.throttle.get(target);
      return { failures: row?.failures ?? 0, nextTryAt: row?.next_try_at ?? null };
    },
    setThrottle(target: string, failures: number, nextTryAt: string | null, now: string): void {
      s.setThrottle.run({ target, failures, nextTryAt, now });
    },
  };
}

export type AccessRepository = ReturnType<typeof createAccessRepository>;
