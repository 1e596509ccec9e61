import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { PdfPrinterFactory } from '../pdf/printer';

/** A repository factory: prepared statements over one database. */
export type RepositoryFactory<R> = (db: Database) => R;

export interface Clock {
  /** ISO-8601 timestamp in UTC. */
  now(): string;
}

export interface ServiceContext {
  db: Database;
  clock: Clock;
  ids: () => string;
  paths: { dataDir: string; dbPath: string; backupDir: string };
  /**
   * The repository a factory makes for this database, made once and shared: a feature reads another
   * feature's table through that feature's own repository, and no central list of repositories is needed.
   */
  repo<R>(factory: RepositoryFactory<R>): R;
  /**
   * Makes the PDF printer for message sheets on first export. Electron passes its hidden-window printer;
   * left out, browser mode and the CLI use the system Chromium through playwright-core. Tests pass a fake.
   */
  printer?: PdfPrinterFactory;
}

/** What a caller provides; `repo` is added by createServiceContext. */
export type ServiceContextOptions = Omit<ServiceContext, 'repo'>;

export function createServiceContext(options: ServiceContextOptions): ServiceContext {
  const made = new Map<RepositoryFactory<unknown>, unknown>();
  return {
    ...options,
    repo<R>(factory: RepositoryFactory<R>): R {
      if (!made.has(factory)) made.set(factory, factory(options.db));
      return made.get(factory) as R;
    },
  };
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
export const randomIds = (): string => randomUUID();
