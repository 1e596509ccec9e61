import { command, query, TOPICS } from '../../channel';
import { noInput } from '../../fields';

export type AppStatus =
  | { state: 'ready'; version: string; dataDir: string; dbPath: string; schemaVersion: number; transport: string }
  | {
      state: 'error';
      version: string;
      dataDir: string;
      dbPath: string;
      code: 'DB_NEWER' | 'DB_CORRUPT' | 'DB_UNAVAILABLE';
      message: string;
    };

/** A copy of the data file and the files SQLite keeps beside it, made while the app could not open them. */
export interface RecoveryCopy {
  /** The new folder (0700) inside the data folder. */
  folder: string;
  /** The names of the files copied into it (0600): the data file, and its -wal and -shm when they exist. */
  files: string[];
}

export const appChannels = {
  'app:status': query<AppStatus>()(noInput, ['status']),
  /**
   * Opens the data file again (after the person closed the other copy, freed space, fixed permissions…). When it
   * opens, every cached answer is stale, hence every topic.
   */
  'app:retry': command<AppStatus>()(noInput, TOPICS),
  /** Copies the data file and its -wal and -shm as they are, byte for byte (meant for when it cannot be opened). */
  'app:recoveryCopy': command<RecoveryCopy>()(noInput, []),
};
