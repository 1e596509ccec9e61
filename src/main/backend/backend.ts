import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { CHANNELS, type ChannelName } from '../../shared/contract';
import type { AppStatus } from '../../shared/features/app/channels';
import { AppError } from '../../shared/result';
import { makeRecoveryCopy } from '../features/app/recovery';
import { failedStatus, unavailableEndpoints } from '../features/app/unavailable';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { openDatabase } from '../db/open';
import type { DatabaseReplacement } from '../features/backup/service';
import { startDailyBackups } from '../features/backup/scheduler';
import { makePrivateDir } from '../private-files';
import { cleanStoredImages } from '../images/clean-stored';
import { createServices, type Services } from './services';
import type { PdfPrinterFactory } from '../pdf/printer';
import { randomIds, systemClock, type Clock } from './context';
import { createHandlers, type HandlerCapabilities } from './handlers';
import { PERMISSIONS } from './permission-table';
import { guardHandlers, type Endpoint, type Endpoints } from './permissions';

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
  /** Daily backups while the backend runs (default on; the command-line tools turn them off). */
  dailyBackups?: boolean;
}

export interface Backend {
  /** Every channel behind its permission: what the transports dispatch to (always the current database). */
  readonly handlers: Endpoints;
  readonly status: AppStatus;
  /** The open database, or null when it could not be opened (the status says why). Changes after a restore. */
  readonly db: Database | null;
  /** The services behind the handlers (null when the database could not be opened); for the CLI and tests. */
  readonly services: Services | null;
  close(): void;
}

/** One opening of the data file: its connection, the services and guarded handlers on it, and its daily backups. */
interface Generation {
  db: Database;
  services: Services;
  endpoints: Endpoints;
  close(): void;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir, version, transport } = options;
  const dbPath = join(dataDir, DB_FILE_NAME);
  const backupDir = join(dataDir, 'backups');
  const clock = options.clock ?? systemClock;
  const where = { version, dataDir, dbPath };
  const ready: AppStatus = {
    state: 'ready',
    version,
    dataDir,
    dbPath,
    schemaVersion: LATEST_SCHEMA_VERSION,
    transport,
  };
  let status: AppStatus = ready;
  /** Null while the data file cannot be opened: app:status says why and app:retry tries again. */
  let current: Generation | null = null;
  /** While a restore swaps the file, calls wait for the new generation instead of reaching a closed connection. */
  let switching: Promise<unknown> | null = null;

  const openGeneration = async (): Promise<Generation> => {
    const { db } = await openDatabase({ path: dbPath, backupDir, nativeBinding: options.nativeBinding });
    // Images saved by older versions still carry what the phone wrote into them (GPS, names): they are
    // re-encoded before any window can print a sheet. One that fails stays as it was and never aborts opening.
    await cleanStoredImages(db, () => clock.now()).catch(() => undefined);
    const services = createServices(
      { db, clock, ids: options.ids ?? randomIds, paths: { dataDir, dbPath, backupDir }, printer: options.printer },
      { nativeBinding: options.nativeBinding, replaceDatabase },
    );
    // Deleted work older than 30 days leaves the Trash at start (and whenever the Trash is read); a failure
    // here (a read-only file, say) must not stop the app opening.
    try {
      services.trash.purgeExpired();
    } catch (error) {
      console.warn(`[ambassador-studio] emptying old trash failed: ${(error as Error).message}`);
    }
    const features = createHandlers({ services, status: () => status, capabilities: options.capabilities ?? {} });
    const daily =
      options.dailyBackups === false
        ? null
        : startDailyBackups({
            newest: () => services.backup.newest(),
            hasData: () => services.backup.hasData(),
            create: () => services.backup.create('daily'),
            now: () => Date.parse(clock.now()),
            report: (error) => console.warn(`[ambassador-studio] daily backup failed: ${(error as Error).message}`),
          });
    return {
      db,
      services,
      endpoints: guardHandlers(features, PERMISSIONS, services),
      close() {
        daily?.stop();
        // Chromium (if a sheet was exported) stops in the background; the database closes now.
        void services.sheets.close().catch(() => undefined);
        void services.agenda.close().catch(() => undefined);
        void services.prepCards.close().catch(() => undefined);
        db.close();
      },
    };
  };

  /**
   * A restore: the current generation is closed, the file replaced, and a new generation opened on it. Its
   * services start with no sessions, so every window opens its workspace and unlocks trainer mode again. If the
   * swap fails the old file is reopened; if the new file will not open, `undo` puts the old work back first.
   */
  async function replaceDatabase(replacement: DatabaseReplacement): Promise<void> {
    const work = (async () => {
      current?.close();
      try {
        replacement.swap();
      } catch (error) {
        current = await openGeneration();
        throw error;
      }
      try {
        current = await openGeneration();
      } catch (error) {
        await replacement.undo();
        current = await openGeneration();
        const detail = error instanceof Error ? error.message : String(error);
        throw new AppError(
          'DB_CORRUPT',
          `The backup could not be opened (${detail}); your work was put back as it was.`,
        );
      }
    })();
    switching = work.catch(() => undefined);
    try {
      await work;
    } finally {
      switching = null;
    }
  }

  /** Opens the data file (at start, and again on app:retry); a failure becomes the status, never a crash. */
  const open = async (): Promise<AppStatus> => {
    try {
      // Folder 0700: the stories, photos and recordings in it are for this user only.
      makePrivateDir(dataDir);
      current = await openGeneration();
      status = ready;
    } catch (error) {
      status = failedStatus(error, where);
    }
    return status;
  };
  const unavailable = unavailableEndpoints({
    status: () => (status.state === 'error' ? status : failedStatus(null, where)),
    retry: async () => {
      if (current) return status;
      if (!switching) {
        switching = open().finally(() => {
          switching = null;
        });
      }
      await switching;
      return status;
    },
    recoveryCopy: () => makeRecoveryCopy(dbPath, dataDir, new Date(Date.parse(clock.now()))),
  });
  await open();

  // The transports keep this one object; each call goes to the generation that is current when it arrives.
  const forward = (channel: ChannelName): Endpoint => {
    return async (input, call) => {
      if (switching) await switching;
      return current ? current.endpoints[channel](input, call) : unavailable[channel](input, call);
    };
  };
  const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, forward(channel)])) as Endpoints;
  return {
    handlers,
    get status() {
      return status;
    },
    get db() {
      return current?.db ?? null;
    },
    get services() {
      return current?.services ?? null;
    },
    close: () => current?.close(),
  };
}
