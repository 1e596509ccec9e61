import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { CHANNELS } from '../../shared/contract';
import type { AppStatus } from '../../shared/features/app/channels';
import { AppError } from '../../shared/result';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { openDatabase } from '../db/open';
import { makePrivateDir } from '../private-files';
import { cleanStoredImages } from '../images/clean-stored';
import { createServices, type Services } from './services';
import type { PdfPrinterFactory } from '../pdf/printer';
import { randomIds, systemClock, type Clock } from './context';
import { createHandlers, type HandlerCapabilities } from './handlers';
import { PERMISSIONS } from './permission-table';
import { guardHandlers, type Endpoints } from './permissions';

export const DB_FILE_NAME = 'ambassador-studio.sqlite';

export interface BackendOptions {
  dataDir: string;
  version: string;
  transport: string;
  nativeBinding?: string;
  clock?: Clock;
  ids?: () => string;
  /** The PDF printer for message sheets (Electron's hidden window); browser mode and CLI leave it out. */
  printer?: PdfPrinterFactory;
  /** Desktop-only abilities such as the save dialog. */
  capabilities?: HandlerCapabilities;
}

export interface Backend {
  /** Every channel behind its permission: what the transports dispatch to. */
  handlers: Endpoints;
  status: AppStatus;
  /** The open database, or null when it could not be opened (the status says why). */
  db: Database | null;
  /** The services behind the handlers (null when the database could not be opened); for the CLI and tests. */
  services: Services | null;
  close(): void;
}

/**
 * When the data file cannot be opened, every channel answers with the same clear error while app:status
 * explains it, so the renderer can show a recovery screen instead of crashing.
 */
function unavailableHandlers(status: Extract<AppStatus, { state: 'error' }>): Endpoints {
  const refuse = () => Promise.reject(new AppError(status.code, status.message));
  const entries = CHANNELS.map((name) => [name, name === 'app:status' ? () => Promise.resolve(status) : refuse]);
  return Object.fromEntries(entries) as Endpoints;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir, version, transport } = options;
  const dbPath = join(dataDir, DB_FILE_NAME);
  const backupDir = join(dataDir, 'backups');
  try {
    // Folder 0700: the stories, photos and recordings in it are for this user only.
    makePrivateDir(dataDir);
    const { db } = await openDatabase({ path: dbPath, backupDir, nativeBinding: options.nativeBinding });
    const status: AppStatus = {
      state: 'ready',
      version,
      dataDir,
      dbPath,
      schemaVersion: LATEST_SCHEMA_VERSION,
      transport,
    };
    const clock = options.clock ?? systemClock;
    // Images saved by older versions still carry what the phone wrote into them (GPS, names): they are
    // re-encoded before any window can print a sheet. One that fails stays as it was and never aborts opening.
    await cleanStoredImages(db, () => clock.now()).catch(() => undefined);
    const services = createServices({
      db,
      clock,
      ids: options.ids ?? randomIds,
      paths: { dataDir, dbPath, backupDir },
      printer: options.printer,
    });
    const close = () => {
      // Chromium (if a sheet was exported) stops in the background; the database closes now.
      void services.sheets.close().catch(() => undefined);
      db.close();
    };
    const features = createHandlers({ services, status: () => status, capabilities: options.capabilities ?? {} });
    const handlers = guardHandlers(features, PERMISSIONS, services);
    return { handlers, status, db, services, close };
  } catch (error) {
    const known = error instanceof AppError && (error.code === 'DB_NEWER' || error.code === 'DB_CORRUPT');
    const status: AppStatus = {
      state: 'error',
      version,
      dataDir,
      dbPath,
      code: known ? (error.code as 'DB_NEWER' | 'DB_CORRUPT') : 'DB_UNAVAILABLE',
      message: error instanceof Error ? error.message : String(error),
    };
    return { handlers: unavailableHandlers(status), status, db: null, services: null, close: () => undefined };
  }
}
