import type { Database } from 'better-sqlite3';

/** A numbered schema step. Versions go up in tens so a fix can slot in between. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
