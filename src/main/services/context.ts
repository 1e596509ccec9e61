import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { PdfPrinterFactory } from '../pdf/printer';

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
   * Makes the PDF printer for message sheets on first export. Electron passes its hidden-window printer;
   * left out, browser mode and the CLI use the system Chromium through playwright-core. Tests pass a fake.
   */
  printer?: PdfPrinterFactory;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
export const randomIds = (): string => randomUUID();
