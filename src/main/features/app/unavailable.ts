/**
 * The backend while the data file cannot be opened: app:status explains why, app:retry opens it again and
 * app:recoveryCopy copies it as it is; every other channel refuses with the same sentence as the status.
 * No sessions or permissions exist without a database, and these three only read the file or reopen it.
 */
import { CHANNELS } from '../../../shared/contract';
import type { AppStatus, RecoveryCopy } from '../../../shared/features/app/channels';
import { AppError } from '../../../shared/result';
import { startupError } from '../../db/errors';
import type { Endpoint, Endpoints } from '../../backend/permissions';

export type ErrorStatus = Extract<AppStatus, { state: 'error' }>;

const KNOWN = ['DB_NEWER', 'DB_CORRUPT', 'DB_UNAVAILABLE'] as const;
type KnownCode = (typeof KNOWN)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN as readonly string[]).includes(code);
}

/** The status for a failed opening: always one plain sentence, never a raw errno or SQLite code. */
export function failedStatus(error: unknown, where: { version: string; dataDir: string; dbPath: string }): ErrorStatus {
  const plain = error instanceof AppError && isKnown(error.code) ? error : startupError(error, where.dbPath);
  const code = isKnown(plain.code) ? plain.code : 'DB_UNAVAILABLE';
  return { state: 'error', ...where, code, message: plain.message };
}

export interface UnavailableDeps {
  status: () => ErrorStatus;
  retry: () => Promise<AppStatus>;
  recoveryCopy: () => RecoveryCopy;
}

export function unavailableEndpoints(deps: UnavailableDeps): Endpoints {
  const refuse: Endpoint = () => {
    const { code, message } = deps.status();
    return Promise.reject(new AppError(code, message));
  };
  const own: Record<string, Endpoint> = {
    'app:status': () => Promise.resolve(deps.status()),
    'app:retry': () => deps.retry(),
    'app:recoveryCopy': () => Promise.resolve().then(deps.recoveryCopy),
  };
  return Object.fromEntries(CHANNELS.map((name) => [name, own[name] ?? refuse])) as Endpoints;
}
