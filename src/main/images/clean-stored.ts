/**
 * Cleans photos and logos stored before images were re-encoded (migration 0070 marks them): each one is read,
 * re-encoded by `sanitizeImage` and written back with its new size and hash, one row at a time. A row is only
 * replaced if it still holds the bytes that were read, so an upload or removal in between wins; stopping
 * halfway leaves finished rows clean and the rest for next time, so running it again is always safe.
 */
import type { Database } from 'better-sqlite3';
import { createMediaRepository } from '../db/media';
import { sanitizeImage } from './sanitize';

export interface CleaningReport {
  cleaned: number;
  /** Images that could not be decoded stay as they are; the sheet refuses any that carries hidden details. */
  failed: Array<{ id: string; reason: string }>;
}

export async function cleanStoredImages(db: Database, now: () => string): Promise<CleaningReport> {
  const media = createMediaRepository(db);
  const report: CleaningReport = { cleaned: 0, failed: [] };
  for (const { id, kind, sha256 } of media.uncleanImages()) {
    if (!db.open) break; // the app closed while an image was being drawn
    const stored = media.get(id);
    if (!stored || stored.sha256 !== sha256) continue;
    try {
      const image = await sanitizeImage(stored.bytes, kind);
      if (db.open && media.replaceImage(id, sha256, image, now())) report.cleaned += 1;
    } catch (error) {
      report.failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  // The replaced bytes still sit in older WAL frames until a checkpoint copies the new pages over them.
  if (report.cleaned > 0 && db.open) db.pragma('wal_checkpoint(TRUNCATE)');
  return report;
}
