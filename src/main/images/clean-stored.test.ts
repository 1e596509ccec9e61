/**
 * Photos and logos stored by a version that kept them as uploaded are cleaned when the backend opens the data
 * file: re-encoded in place, row by row, leaving clean images, recordings and anything changed meanwhile alone.
 */
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectImage } from '../../shared/image-metadata';
import { createBackend, type Backend } from '../backend/backend';
import type { Services } from '../backend/services';
import { createMediaRepository, sha256Hex } from '../db/media';
import { dimensions, phonePhoto, phoneTagsIn, pngWithText, tinyPng, truncatedJpeg } from '../test-support/images';
import { tempDir, testCohort } from '../test-support/temp-backend';
import { cleanStoredImages } from './clean-stored';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

type OpenBackend = Backend & { db: Database; services: Services };

async function open(dir: string): Promise<OpenBackend> {
  const backend = await createBackend({ dataDir: dir, version: 'test', transport: 'direct' });
  if (!backend.db || !backend.services) throw new Error(JSON.stringify(backend.status));
  cleanups.unshift(() => backend.close());
  return backend as OpenBackend;
}

/** A blob as a version before cleaning wrote it: the bytes as uploaded, `clean` left at its default 0. */
function insertRaw(db: Database, kind: 'photo' | 'logo' | 'audio', mime: string, bytes: Uint8Array): string {
  const id = crypto.randomUUID();
  db.prepare(
    `INSERT INTO media (id, kind, mime, size, sha256, bytes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  ).run(id, kind, mime, bytes.byteLength, sha256Hex(bytes), Buffer.from(bytes));
  return id;
}

interface MediaRow {
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  bytes: Buffer;
  clean: number;
  updated_at: string;
  deleted_at: string | null;
}
const row = (db: Database, id: string) => db.prepare<[string], MediaRow>('SELECT * FROM media WHERE id = ?').get(id)!;

describe('cleaning stored images at startup', () => {
  it('re-encodes old photos and logos in place and leaves clean images, recordings and damaged files alone', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const first = await open(dir);
    const { services, db } = first;
    const dirty = services.ambassadors.create({ fullName: 'Amira Haddad' });
    const tidy = services.ambassadors.create({ fullName: 'Lin Zhang' });
    const cohort = testCohort(services);

    const phone = await phonePhoto();
    const photoId = insertRaw(db, 'photo', 'image/jpeg', phone);
    db.prepare('UPDATE ambassador SET photo_media_id = ? WHERE id = ?').run(photoId, dirty.id);
    const logoId = insertRaw(db, 'logo', 'image/png', await pngWithText());
    db.prepare(
      "INSERT INTO cohort_logo (id, cohort_id, media_id, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')",
    ).run(crypto.randomUUID(), cohort.id, logoId);
    const audio = new TextEncoder().encode('RIFF....WAVEfmt a recording, not an image');
    const audioId = insertRaw(db, 'audio', 'audio/wav', audio);
    const damaged = await truncatedJpeg();
    const damagedId = insertRaw(db, 'photo', 'image/jpeg', damaged);
    await services.ambassadors.setPhoto(tidy.id, tinyPng(32));
    const tidyId = db
      .prepare<[string], { photo_media_id: string }>('SELECT photo_media_id FROM ambassador WHERE id = ?')
      .get(tidy.id)!.photo_media_id;
    const tidyBefore = row(db, tidyId);
    expect(tidyBefore.clean).toBe(1);
    first.close();

    const second = await open(dir);
    const cleaned = row(second.db, photoId);
    expect(cleaned).toMatchObject({ kind: 'photo', mime: 'image/jpeg', clean: 1, deleted_at: null });
    expect(cleaned.sha256).toBe(sha256Hex(cleaned.bytes));
    expect(cleaned.size).toBe(cleaned.bytes.byteLength);
    expect(cleaned.sha256).not.toBe(sha256Hex(phone));
    expect(phoneTagsIn(cleaned.bytes)).toEqual([]);
    expect(await dimensions(cleaned.bytes)).toEqual({ width: 480, height: 640 });
    // The profile still points at the same row, now clean.
    expect(second.services.ambassadors.photo(dirty.id)?.bytes).toEqual(new Uint8Array(cleaned.bytes));

    const logo = row(second.db, logoId);
    expect(logo).toMatchObject({ mime: 'image/png', clean: 1 });
    expect(inspectImage(logo.bytes).metadata).toEqual([]);

    expect(row(second.db, tidyId)).toEqual(tidyBefore);
    expect(row(second.db, audioId)).toMatchObject({ clean: 0, sha256: sha256Hex(audio) });
    expect(row(second.db, damagedId)).toMatchObject({ clean: 0, sha256: sha256Hex(damaged) });

    // Running again finds only the damaged photo, which it still cannot read, and changes nothing.
    expect(await cleanStoredImages(second.db, () => 'later')).toEqual({
      cleaned: 0,
      failed: [{ id: damagedId, reason: expect.stringMatching(/damaged or incomplete/) }],
    });
    expect(row(second.db, photoId)).toEqual(cleaned);
  });

  it('never overwrites a photo replaced or removed while it was being cleaned, and resumes after an interruption', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const backend = await open(dir);
    const { db } = backend;
    const removedId = insertRaw(db, 'photo', 'image/jpeg', await phonePhoto());
    const laterId = insertRaw(db, 'photo', 'image/jpeg', await phonePhoto(1));

    // The first image has been read when the call returns; it is removed before its clean version is ready.
    const running = cleanStoredImages(db, () => 'now');
    createMediaRepository(db).remove(removedId, 'now');
    expect(await running).toEqual({ cleaned: 1, failed: [] });
    expect(row(db, removedId)).toMatchObject({ bytes: Buffer.alloc(0), clean: 0, deleted_at: 'now' });
    expect(row(db, laterId).clean).toBe(1);

    // Closed halfway: nothing is written after the close, and the next opening finishes the job.
    const pendingId = insertRaw(db, 'logo', 'image/png', await pngWithText());
    const interrupted = cleanStoredImages(db, () => 'now');
    backend.close();
    expect(await interrupted).toEqual({ cleaned: 0, failed: [] });
    const reopened = await open(dir);
    expect(row(reopened.db, pendingId)).toMatchObject({ mime: 'image/png', clean: 1 });
  });
});
