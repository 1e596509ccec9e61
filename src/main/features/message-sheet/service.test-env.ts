/**
 * Shared set-up for the message-sheet tests: real SQLite in a temp folder and the real system Chromium,
 * launched once per test file and shared, with poppler reading the PDFs back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { AppError } from '../../../shared/result';
import { openDatabase } from '../../db/open';
import { createChromiumPrinter } from '../../pdf/chromium-printer';
import type { PdfPrinter, PdfPrinterFactory } from '../../pdf/printer';
import { manualClock } from '../../test-support/temp-backend';
import { createServices, type Services } from '../../backend/services';
import { SAMPLE_AMBASSADORS } from '../sample-data/data';

export const LONG = 90_000;
export const ALL_PRIVATE_VALUES = SAMPLE_AMBASSADORS.flatMap((a) => a.privateDetails.map((d) => d.value));

export interface SheetTestEnv {
  /** Services on a fresh database, printing with the shared Chromium unless another printer is given. */
  studio(printer?: PdfPrinterFactory): Promise<Services>;
  /** What Chromium itself returned for the last print, before the app set the PDF information. */
  lastRaw(): Uint8Array | null;
}

/** Registers the file's hooks; call once at the top level of a test file. */
export function useSheetTestEnv(): SheetTestEnv {
  let chromium: PdfPrinter;
  let lastRaw: Uint8Array | null = null;
  const sharedChromium: PdfPrinterFactory = () => ({
    print: async (html, options) => {
      lastRaw = await chromium.print(html, options);
      return lastRaw;
    },
    measure: (html, options) => chromium.measure!(html, options),
    close: async () => undefined,
  });
  const open: Array<() => void> = [];

  beforeAll(() => {
    chromium = createChromiumPrinter({ idleMs: 0 });
  });
  afterEach(() => {
    while (open.length > 0) open.pop()?.();
  });
  afterAll(async () => {
    await chromium.close();
  });

  return {
    lastRaw: () => lastRaw,
    async studio(printer: PdfPrinterFactory = sharedChromium): Promise<Services> {
      const dir = mkdtempSync(join(tmpdir(), 'studio-sheets-'));
      const dbPath = join(dir, 'test.sqlite');
      const { db } = await openDatabase({ path: dbPath, backupDir: join(dir, 'backups') });
      const services = createServices({
        db,
        clock: manualClock(),
        ids: () => crypto.randomUUID(),
        paths: { dataDir: dir, dbPath, backupDir: dir },
        printer,
      });
      open.push(() => {
        void services.sheets.close();
        db.close();
        rmSync(dir, { recursive: true, force: true });
      });
      return services;
    },
  };
}

export async function failure(promise: Promise<unknown> | (() => unknown)): Promise<AppError> {
  const error = await (typeof promise === 'function' ? Promise.resolve().then(promise) : promise).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
