import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { CleanImage, ImageKind } from '../images/sanitize';

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
      `INSERT INTO media (id, kind, mime, size, sha256, bytes, clean, created_at, updated_at)
       VALUES (@id, @kind, @mime, @size, @sha256, @bytes, @clean, @now, @now)`,
    ),
    unclean: db.prepare<[], { id: string; kind: ImageKind; sha256: string }>(
      `SELECT id, kind, sha256 FROM media
       WHERE kind IN ('photo', 'logo') AND clean = 0 AND deleted_at IS NULL ORDER BY created_at, id`,
    ),
    // Only the exact bytes that were read are replaced: a photo changed or removed meanwhile is left alone.
    replaceImage: db.prepare(
      `UPDATE media SET mime = @mime, size = @size, sha256 = @sha256, bytes = @bytes, clean = 1, updated_at = @now
       WHERE id = @id AND sha256 = @previous AND clean = 0 AND deleted_at IS NULL`,
    ),
    get: db.prepare<[string], MediaRow>(
      'SELECT id, kind, mime, size, sha256, bytes FROM media WHERE id = ? AND deleted_at IS NULL',
    ),
    // secure_delete is on, so clearing the bytes overwrites them on disk; the row stays as a tombstone.
    tombstone: db.prepare(
      "UPDATE media SET bytes = x'', size = 0, deleted_at = @now, updated_at = @now WHERE id = @id",
    ),
  };

  const insert = (id: string, kind: MediaKind, mime: string, bytes: Uint8Array, now: string, clean: boolean) => {
    const sha256 = sha256Hex(bytes);
    const size = bytes.byteLength;
    statements.insert.run({ id, kind, mime, size, sha256, bytes: Buffer.from(bytes), clean: clean ? 1 : 0, now });
    return { id, kind, mime, size, sha256, bytes };
  };

  return {
    /** Recordings only: photos and logos must have been re-encoded first (`insertImage`). */
    insert(id: string, kind: 'audio', mime: string, bytes: Uint8Array, now: string): StoredMedia {
      return insert(id, kind, mime, bytes, now, false);
    },
    /** A photo or logo, only as `sanitizeImage` made it, so no stored image carries hidden details. */
    insertImage(id: string, kind: ImageKind, image: CleanImage, now: string): StoredMedia {
      return insert(id, kind, image.mime, image.bytes, now, true);
    },
    /** Photos and logos stored before images were cleaned (or whose cleaning failed), oldest first. */
    uncleanImages(): Array<{ id: string; kind: ImageKind; sha256: string }> {
      return statements.unclean.all();
    },
    /** Swaps in the clean version of an image; false when the row no longer holds the bytes that were cleaned. */
    replaceImage(id: string, previousSha256: string, image: CleanImage, now: string): boolean {
      const { bytes, mime } = image;
      const sha256 = sha256Hex(bytes);
      const params = {
        id,
        previous: previousSha256,
        mime,
        size: bytes.byteLength,
        sha256,
        bytes: Buffer.from(bytes),
        now,
      };
      return statements.replaceImage.run(params).changes === 1;
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
