/**
 * The result envelope every channel returns, on both transports.
 * Errors carry a stable code the renderer can branch on and a message a person can read.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'TOO_LARGE',
  'UNSUPPORTED',
  /** A file was made but could not be saved where the person chose (disk full, no permission…). */
  'NOT_SAVED',
  /** Too many wrong secrets in a row: the message says when to try again. */
  'RATE_LIMITED',
  'UNKNOWN_CHANNEL',
  'DB_NEWER',
  'DB_CORRUPT',
  'DB_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}

/** Thrown by services; the dispatcher turns it into a failed Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toShape(): AppErrorShape {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}
