import type { appChannels } from '../../../shared/features/app/channels';
import type { FeatureHandlers, HandlerEnv } from '../../backend/handler-types';
import { makeRecoveryCopy } from './recovery';

/** While the database is open; src/main/features/app/unavailable.ts answers while it is not. */
export function appHandlers({ status }: HandlerEnv): FeatureHandlers<typeof appChannels> {
  return {
    'app:status': () => status(),
    // Already open: nothing to retry.
    'app:retry': () => status(),
    // Consistent while open too: better-sqlite3 is synchronous, so none of this process's writes or checkpoints can
    // run during the copy, and the WAL is copied with the file (a restore would be the same as after a crash).
    'app:recoveryCopy': () => {
      const { dbPath, dataDir } = status();
      return makeRecoveryCopy(dbPath, dataDir, new Date());
    },
  };
}
