import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

export interface Clock {
  /** ISO-8601 timestamp in UTC. */
  now(): string;
}

export interface ServiceContext {
  db: Database;
  clock: Clock;
  ids: () => string;
  paths: { dataDir: string; dbPath: string; backupDir: string };
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
export const randomIds = (): string => randomUUID();
