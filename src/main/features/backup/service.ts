import { rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  backupKeepSchema,
  DEFAULT_BACKUP_KEEP,
  type BackupInfo,
  type BackupPreview,
  type BackupReason,
  type BackupSettings,
  type RestoreReport,
} from '../../../shared/features/backup/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { createAmbassadorRepository } from '../ambassadors/repository';
import { createCohortRepository } from '../cohorts/repository';
import { createSettingRepository } from '../settings/repository';
import { createBackupIn, listBackups, parseBackupName, pruneBackups, removeWithSidecars } from './files';
import { previewBackupFile } from './inspect';
import { stageReplacement, swapInReplacement } from './replace';

export const BACKUP_KEEP_KEY = 'backup.keep';

/** What the backend does to put a new data file in place (see replace.ts for the steps and why). */
export interface DatabaseReplacement {
  /** Runs once the live connection is closed; throws to keep the current file. */
  swap(): void;
  /** Runs when the restored file will not open: puts the work as it was back. */
  undo(): Promise<void>;
}

export interface BackupDeps {
  /** Electron's own build of the SQLite binding, for the connections that read backups. */
  nativeBinding?: string;
  /**
   * Closes the live database, runs the replacement and reopens it, so every channel then reads the new file.
   * Only the backend can do that; services made without one cannot restore.
   */
  replaceDatabase?: (replacement: DatabaseReplacement) => Promise<void>;
}

/** The keep-last-N setting as stored in a database (also read before a migration, when no service exists yet). */
export function readBackupKeep(read: (key: string) => unknown): number {
  const parsed = backupKeepSchema.safeParse(read(BACKUP_KEEP_KEY));
  return parsed.success ? parsed.data : DEFAULT_BACKUP_KEEP;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `There is no backup called ${id} any more. The list has been refreshed.`);
}

/**
 * Backups of the whole data file: made by hand, daily, before an import, a restore and a migration; kept to the
 * newest N; restored after a preview and a backup of the current state.
 */
export function createBackupService(ctx: ServiceContext, deps: BackupDeps = {}) {
  const dir = ctx.paths.backupDir;
  const settings = ctx.repo(createSettingRepository);
  const ambassadors = ctx.repo(createAmbassadorRepository);
  const cohorts = ctx.repo(createCohortRepository);
  const keep = () => readBackupKeep((key) => settings.get(key));
  const now = () => new Date(ctx.clock.now());

  // One backup or restore at a time: a restore must not close the file under a backup that is still copying.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const find = (id: string): BackupInfo => {
    const info = listBackups(dir).find((b) => b.id === id);
    if (!info) throw notFound(id);
    return info;
  };

  const backUp = async (reason: BackupReason, protect: readonly string[] = []): Promise<BackupInfo> => {
    const info = await createBackupIn(ctx.db, dir, ctx.paths.dbPath, {
      reason,
      now: now(),
      nativeBinding: deps.nativeBinding,
    });
    pruneBackups(dir, keep(), [info.id, ...protect]);
    return info;
  };

  const restoreFrom = async (path: string, info: BackupInfo): Promise<RestoreReport> => {
    const replaceDatabase = deps.replaceDatabase;
    if (!replaceDatabase) throw new AppError('UNSUPPORTED', 'Restoring needs the app itself; nothing was changed.');
    const restored = previewBackupFile(path, info, deps.nativeBinding);
    // The backup being restored is kept even if the safety copy pushes it past the keep-last-N limit.
    const safetyBackup = await backUp('before-restore', [info.id]);
    const staged = await stageReplacement(path, ctx.paths.dbPath, deps.nativeBinding);
    try {
      await replaceDatabase({
        swap: () => swapInReplacement(staged, ctx.paths.dbPath),
        undo: async () => {
          const back = await stageReplacement(join(dir, safetyBackup.id), ctx.paths.dbPath, deps.nativeBinding);
          swapInReplacement(back, ctx.paths.dbPath);
        },
      });
    } finally {
      removeWithSidecars(staged);
    }
    return { restored, safetyBackup };
  };

  return {
    /** Makes a backup now and applies the keep-last-N rule. The bundle import calls it with 'before-import'. */
    create(reason: BackupReason): Promise<BackupInfo> {
      return exclusive(() => backUp(reason));
    },
    /** Newest first. */
    list(): BackupInfo[] {
      return listBackups(dir);
    },
    newest(): BackupInfo | undefined {
      return listBackups(dir)[0];
    },
    preview(id: string): BackupPreview {
      return previewBackupFile(join(dir, id), find(id), deps.nativeBinding);
    },
    restore(id: string): Promise<RestoreReport> {
      return exclusive(() => restoreFrom(join(dir, id), find(id)));
    },
    /** Restores any backup file (the restore command), after the same checks. */
    restoreFile(path: string): Promise<RestoreReport> {
      return exclusive(() => {
        let size: number;
        try {
          size = statSync(path).size;
        } catch {
          throw new AppError('NOT_FOUND', `There is no backup file at ${path}.`);
        }
        const parsed = parseBackupName(basename(path));
        const createdAt = parsed?.createdAt ?? statSync(path).mtime.toISOString();
        return restoreFrom(path, { id: basename(path), reason: parsed?.reason ?? 'manual', createdAt, size });
      });
    },
    remove(id: string): void {
      find(id);
      try {
        rmSync(join(dir, id));
      } catch (error) {
        throw new AppError('NOT_SAVED', `The backup ${id} could not be deleted (${(error as Error).message}).`);
      }
      removeWithSidecars(join(dir, id));
    },
    settings(): BackupSettings {
      return { keep: keep() };
    },
    setKeep(count: number): BackupSettings {
      settings.set(BACKUP_KEEP_KEY, count, ctx.clock.now());
      pruneBackups(dir, count);
      return { keep: count };
    },
    /** A fresh install has nothing worth a daily copy yet. */
    hasData(): boolean {
      return ambassadors.list(true).length > 0 || cohorts.list(true).length > 0;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
