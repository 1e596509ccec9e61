import { query } from '../../channel';
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

export const appChannels = {
  'app:status': query<AppStatus>()(noInput, ['status']),
};
