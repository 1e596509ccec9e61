import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../backend/backend';
import { openDatabase } from '../db/open';
import { createServices, type Services } from '../backend/services';
import type { Clock } from '../backend/context';
import { emptyCohortFields, type Cohort, type CohortFields } from '../../shared/features/cohorts/schemas';

export function tempDir(prefix = 'studio-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock tests can move forward by hand. */
export function manualClock(start = '2026-10-01T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let current = Date.parse(start);
  return {
    now: () => new Date(current).toISOString(),
    advance(ms: number) {
      current += ms;
    },
  };
}

export async function tempServices(
  clock: Clock = manualClock(),
): Promise<{ services: Services; close: () => void; dir: string }> {
  const { dir, cleanup } = tempDir();
  const dbPath = join(dir, 'test.sqlite');
  const backupDir = join(dir, 'backups');
  const { db } = await openDatabase({ path: dbPath, backupDir });
  const services = createServices({
    db,
    clock,
    ids: () => crypto.randomUUID(),
    paths: { dataDir: dir, dbPath, backupDir },
  });
  return {
    services,
    dir,
    close: () => {
      db.close();
      cleanup();
    },
  };
}

export async function tempBackend(): Promise<{ backend: Backend; dir: string; close: () => void }> {
  const { dir, cleanup } = tempDir();
  const backend = await createBackend({ dataDir: dir, version: 'test', transport: 'direct' });
  return {
    backend,
    dir,
    close: () => {
      backend.close();
      cleanup();
    },
  };
}

/** A cohort with only what a test names filled in (emptyCohortFields for the rest). */
export function testCohort(services: Services, fields: Partial<CohortFields> = {}): Cohort {
  return services.cohorts.create({ ...emptyCohortFields(), name: 'Residential', ...fields });
}
