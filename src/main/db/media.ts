import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';

export type MediaKind = 'photo' | 'audio' | 'logo';

export interface StoredMedia {
  id: string;
  kind: MediaKind;
  mime: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

interface MediaRow {
  id: string;
  kind: MediaKind;
  mime: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Blobs live in SQLite next to the rows that use them, so a photo and its profile change in one transaction. */
export function createMediaRepository(db: Database) {
  const statements = {
    insert: db.prepare(
      `INSERT INTO media (id, kind, mime, size, sha256, bytes, created_at, updated_at)
       VALUES (@id, @kind, @mime, @size, @sha256, @bytes, @now, @now)`,
    ),
    get: db.prepare<[string], MediaRow>(
      'SELECT id, kind, mime, size, sha256, bytes FROM media WHERE id = ? AND deleted_at IS NULL',
    ),
    // secure_delete is on, so clearing the bytes overwrites them on disk; the row stays as a tombstone.
    tombstone: db.prepare(
      "UPDATE media SET bytes = x'', size = 0, deleted_at = @now, updated_at = @now WHERE id = @id",
    ),
  };

  return {
    insert(id: string, kind: MediaKind, mime: string, bytes: Uint8Array, now: string): StoredMedia {
      const sha256 = sha256Hex(bytes);
      statements.insert.run({ id, kind, mime, size: bytes.byteLength, sha256, bytes: Buffer.from(bytes), now });
      return { id, kind, mime, size: bytes.byteLength, sha256, bytes };
    },
    get(id: string): StoredMedia | undefined {
      const row = statements.get.get(id);
      if (!row) return undefined;
      return { ...row, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
    },
    remove(id: string, now: string): void {
      statements.tombstone.run({ id, now });
    },
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
