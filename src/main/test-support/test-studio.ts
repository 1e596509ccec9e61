/**
 * The real backend in-process for component tests: a fresh SQLite file in a temp folder, the real services
 * and handlers, a clock the test controls, and the direct transport (devalue round trip) for the renderer.
 * Seed data through `services`, so what the screen sees has really been through the backend's rules.
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, DB_FILE_NAME, type Backend } from '../backend/backend';
import type { Services } from '../backend/services';
import type { PdfPrinterFactory } from '../pdf/printer';
import { createDirectApi, type DirectApi } from './direct-client';
import { paperCountPrinter } from './paper-printer';
import { manualClock, tempDir } from './temp-backend';

export interface TestStudio {
  /** The window the test drives. */
  api: DirectApi;
  /** Another window (or browser tab) on the same laptop: its own workspace and trainer mode. */
  window(): DirectApi;
  services: Services;
  backend: Backend;
  clock: ReturnType<typeof manualClock>;
  dir: string;
  close(): void;
}

export interface TestStudioOptions {
  clock?: ReturnType<typeof manualClock>;
  printer?: PdfPrinterFactory;
  /** Desktop-only abilities, e.g. a save dialog stand-in, to see the desktop path of an export. */
  savePdf?: (title: string, bytes: Uint8Array) => Promise<string | null>;
}

export async function createTestStudio(options: TestStudioOptions = {}): Promise<TestStudio> {
  const { dir, cleanup } = tempDir('studio-ui-');
  const clock = options.clock ?? manualClock();
  const backend = await createBackend({
    dataDir: dir,
    version: 'test',
    transport: 'direct',
    clock,
    printer: options.printer ?? paperCountPrinter,
    capabilities: options.savePdf ? { savePdf: options.savePdf } : {},
  });
  if (!backend.services) throw new Error(`The test database did not open: ${JSON.stringify(backend.status)}`);
  return {
    api: createDirectApi(backend.handlers),
    window: () => createDirectApi(backend.handlers),
    // Read through the backend each time: a restore reopens the database with new services.
    get services() {
      return backend.services!;
    },
    backend,
    clock,
    dir,
    close() {
      backend.close();
      cleanup();
    },
  };
}

export interface BrokenStudio {
  api: DirectApi;
  backend: Backend;
  close(): void;
}

/**
 * The real backend started on a data file it must refuse: `damaged` (not an SQLite file) or `newer` (saved by a
 * later version of the app). Every channel answers with the backend's own error, as the app would see it.
 */
export async function createBrokenStudio(kind: 'damaged' | 'newer'): Promise<BrokenStudio> {
  const { dir, cleanup } = tempDir('studio-ui-broken-');
  const path = join(dir, DB_FILE_NAME);
  if (kind === 'damaged') {
    writeFileSync(path, Buffer.alloc(4096, 0x41));
  } else {
    const db = new Database(path);
    db.pragma('user_version = 9990');
    db.close();
  }
  const backend = await createBackend({ dataDir: dir, version: 'test', transport: 'direct' });
  return {
    api: createDirectApi(backend.handlers),
    backend,
    close() {
      backend.close();
      cleanup();
    },
  };
}
