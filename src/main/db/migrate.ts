import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import type { Migration } from './migrations/types';

export interface MigrateOptions {
  /** Called once before the first pending migration runs on a database that already holds data. */
  backup?: (fromVersion: number) => Promise<void>;
}

export interface MigrateReport {
  from: number;
  to: number;
  applied: number[];
}

export function newerDatabaseError(found: number, latest: number, path: string): AppError {
  return new AppError(
    'DB_NEWER',
    `This data file was saved by a newer version of Ambassador Studio (data version ${found}; this app reads up to ${latest}). ` +
      `Update the app to open it. The file has not been changed: ${path}`,
  );
}

export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = i === 0 ? 0 : (migrations[i - 1]?.version ?? 0);
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new Error(`Migration ${m.name} has version ${m.version}, which does not follow ${previous}`);
    }
  });
}

/**
 * Brings the database to the latest schema. All pending steps run in one transaction together with the
 * user_version bump: either every step lands or none does.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[],
  path: string,
  options: MigrateOptions = {},
): Promise<MigrateReport> {
  assertMigrationsOrdered(migrations);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw newerDatabaseError(from, latest, path);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, applied: [] };

  if (from > 0 && options.backup) await options.backup(from);

  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
    }
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest, applied: pending.map((m) => m.version) };
}
