/**
 * The import rules, fast: bundles are built here from rows a real "sender" database holds, sealed with age at a
 * tiny scrypt work factor (the reader accepts any factor up to age's own limit, so this is the real reading path),
 * and imported by the real importer into another fresh database. What is checked is what the person is told and
 * what this laptop then holds.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TombstoneRow } from '../../../shared/features/bundles/rows';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleKind } from '../../../shared/features/bundles/schemas';
import { createServiceContext } from '../../backend/context';
import { createServices } from '../../backend/services';
import type { BundleContents } from '../../bundles/format';
import { NativeScryptRecipient } from '../../bundles/format/age-scrypt';
import { sha256Hex } from '../../bundles/format/contents';
import { encryptZip } from '../../bundles/format/encryption';
import { buildZip } from '../../bundles/format/write';
import { createMediaRepository } from '../../db/media';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { NOT_AN_IMAGE_LOGO } from '../../../shared/features/message-sheet/images';
import { tinyPng } from '../../test-support/images';
import { seedAmbassador, seedCohort, seedQuote } from '../../test-support/seed';
import { manualClock, tempDir } from '../../test-support/temp-backend';
import { rowCounts } from './bundles.test-support';
import { publicNameOfRow } from './export';
import { idHash } from './hash';
import { createBundleImporter, type ImportRequest } from './import';
import { selectCohort, type Selection } from './selection';
import { createRowStore, MEDIA_REFERENCES, type BundleRow } from './tables';

const PASSPHRASE = 'spring cohort passphrase';
const closers: Array<() => void> = [];
afterEach(() => {
  while (closers.length > 0) closers.pop()?.();
});

async function laptop() {
  const { dir, cleanup } = tempDir('bundle-import-');
  const paths = { dataDir: dir, dbPath: join(dir, 'test.sqlite'), backupDir: join(dir, 'backups') };
  const { db } = await openDatabase({ path: paths.dbPath, backupDir: paths.backupDir });
  closers.push(() => {
    db.close();
    cleanup();
  });
  const clock = manualClock('2026-11-02T10:00:00.000Z');
  const services = createServices({ db, clock, ids: () => randomUUID(), paths });
  let n = 0;
  const ctx = createServiceContext({ db, clock, ids: () => `conflict-${++n}`, paths });
  const backups: string[] = [];
  const backup = () => {
    backups.push(`backup-${backups.length + 1}`);
    return Promise.resolve(`/backups/before-import-${backups.length}`);
  };
  const importer = createBundleImporter(ctx, backup);
  const withoutBackup = createBundleImporter(ctx, undefined);
  const store = createRowStore(db);
  const media = createMediaRepository(db);
  return { db, services, store, media, importer, withoutBackup, backups };
}
type Laptop = Awaited<ReturnType<typeof laptop>>;

/** A trainer's laptop with one cohort: Amira with a photo, a house, an approved quote and a draft, a comment, a take. */
async function sender() {
  const l = await laptop();
  const cohort = seedCohort(l.services, { name: 'Spring' });
  const amira = seedAmbassador(l.services, { cohortId: cohort.id, fullName: 'Amira Haddad', nameMode: 'full' });
  await l.services.ambassadors.setPhoto(amira.id, tinyPng(8));
  const house = l.services.houses.create(amira.id, { umbrella: 'Migrants build the places we all call home' });
  const approved = seedQuote(l.services, amira.id, { text: 'I came here with one suitcase.' }, 'approved');
  const draft = seedQuote(l.services, amira.id, { text: 'Draft words about the harbour.' });
  l.services.comments.add({ targetType: 'quote', targetId: draft.id, field: 'text', body: 'Lovely.' }, 'Sam');
  const session = l.services.rehearsal.start({
    ambassadorId: amira.id,
    interviewType: 'podcast',
    mode: 'random',
    count: 1,
    categories: [],
  });
  const recording = new Uint8Array(2048).map((_, i) => (i * 7) % 251);
  const take = l.services.rehearsal.saveTake({
    sessionId: session.id,
    questionId: session.questionIds[0]!,
    position: 0,
    durationMs: 4000,
    recording: { mime: 'audio/webm;codecs=opus', bytes: recording },
    notes: 'Slow down',
  });
  l.services.questions.setRetired(cohort.id, session.questionIds[0]!, true);
  return { l, cohort, amira, house, approved, draft, session, take, recording };
}

interface BundleOptions {
  kind?: BundleKind;
  cohort?: { id: string; name: string } | null;
  tombstones?: TombstoneRow[];
  /** The people the manifest names; by default those of the ambassador rows. */
  ambassadors?: Array<{ id: string; publicName: string }>;
}

/** The contents a bundle of these rows holds: the media rows they point at with their bytes, and a manifest. */
function contentsOf(
  from: Laptop,
  selection: Selection,
  options: BundleOptions = {},
): BundleContents & { tables: Record<string, BundleRow[]> } {
  const tables: Record<string, BundleRow[]> = {};
  for (const [table, rows] of Object.entries(selection)) if (rows) tables[table] = rows;
  const mediaRows = new Map<string, BundleRow>();
  const blobs = new Map<string, Uint8Array>();
  for (const [table, column] of Object.entries(MEDIA_REFERENCES)) {
    for (const row of tables[table] ?? []) {
      const id = row[column];
      if (typeof id !== 'string') continue;
      mediaRows.set(id, from.store.get('media', id)!);
      const blob = from.media.get(id);
      if (blob) blobs.set(blob.sha256, blob.bytes);
    }
  }
  return {
    manifest: {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      appVersion: 'test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      kind: options.kind ?? 'work',
      cohort: options.cohort ?? null,
      device: 'a'.repeat(32),
      createdAt: '2026-11-01T09:00:00.000Z',
      ambassadors:
        options.ambassadors ??
        (tables.ambassador ?? []).map((a) => ({ id: String(a.id), publicName: publicNameOfRow(a) })),
      holds: { tables: {}, tombstones: 0, blobs: 0, blobBytes: 0, recordings: true },
    },
    tables: { media: [...mediaRows.values()], ...tables },
    tombstones: options.tombstones ?? [],
    blobs,
  };
}

/** Sealed as a real bundle, at a tiny work factor so the test does not spend its time in scrypt. */
async function seal(contents: BundleContents, name = 'Spring - 2026-11-01.studio'): Promise<ImportRequest['file']> {
  return { name, bytes: await encryptZip(buildZip(contents), new NativeScryptRecipient(PASSPHRASE, 2)) };
}

const counts = (added: number, updated = 0, unchanged = 0, conflicts = 0, deleted = 0) => ({
  added,
  updated,
  unchanged,
  conflicts,
  deleted,
});

describe('importing a cohort bundle', () => {
  it('a cohort this laptop does not have is refused until the person agrees, naming it, with nothing written', async () => {
    const s = await sender();
    const file = await seal(
      contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, true), { cohort: { id: s.cohort.id, name: 'Spring' } }),
    );
    const b = await laptop();
    const before = rowCounts(b.db);

    const report = await b.importer.importBundle({ file, passphrase: PASSPHRASE });

    expect(report).toEqual({
      file: 'Spring - 2026-11-01.studio',
      outcome: 'refused',
      reason: 'This bundle is for the cohort “Spring”, which is not on this laptop yet.',
      otherCohort: { id: s.cohort.id, name: 'Spring' },
    });
    expect(rowCounts(b.db)).toEqual(before);
    expect(b.backups).toEqual([]);
  });

  it('once agreed, everything comes in: rows with their stamps, the cleaned photo, the recording, the retired question', async () => {
    const s = await sender();
    const contents = contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, true), {
      cohort: { id: s.cohort.id, name: 'Spring' },
    });
    const file = await seal(contents);
    const b = await laptop();

    const report = await b.importer.importBundle({ file, passphrase: PASSPHRASE, acceptOtherCohort: true });

    if (report.outcome !== 'imported') throw new Error(report.reason);
    expect(report.file).toBe('Spring - 2026-11-01.studio');
    expect(report.backupPath).toBe('/backups/before-import-1');
    expect(b.backups).toEqual(['backup-1']);
    expect(report.conflicts).toEqual([]);
    expect(report.manifest).toMatchObject({ kind: 'work', cohort: { id: s.cohort.id, name: 'Spring' } });
    expect(report.manifest.ambassadors).toEqual([{ id: s.amira.id, publicName: 'Amira Haddad' }]);
    expect(report.tables).toEqual({
      cohort: counts(1),
      ambassador: counts(1),
      message_house: counts(1),
      quote: counts(2),
      comment: counts(1),
      question_retired: counts(1),
      rehearsal_session: counts(1),
      take: counts(1),
      media: counts(2),
    });

    for (const table of [
      'cohort',
      'ambassador',
      'message_house',
      'quote',
      'comment',
      'rehearsal_session',
      'take',
    ] as const)
      for (const row of contents.tables[table] ?? []) expect(b.store.get(table, String(row.id)), table).toEqual(row);
    expect(b.services.quotes.get(s.approved.id)).toMatchObject({
      status: 'approved',
      text: 'I came here with one suitcase.',
    });
    // The photo was re-encoded like any upload; the recording is stored as it came.
    const photo = b.db
      .prepare('SELECT kind, clean FROM media WHERE id = ?')
      .get(String(contents.tables.ambassador![0]!.photo_media_id));
    expect(photo).toEqual({ kind: 'photo', clean: 1 });
    expect(b.services.ambassadors.photo(s.amira.id)).toBeTruthy();
    expect(b.services.rehearsal.recording(s.take.id)).toEqual({ mime: 'audio/webm;codecs=opus', bytes: s.recording });
    expect(b.db.prepare('SELECT COUNT(*) FROM question_retired').pluck().get()).toBe(1);
    // The written quotes are searchable at once.
    expect(b.services.search.query('harbour', { only: null, includeArchived: true }).map((r) => r.entityId)).toEqual([
      s.draft.id,
    ]);
  });

  it('the same bundle again, its cohort now here: imported without asking, everything unchanged, no blob twice', async () => {
    const s = await sender();
    const contents = contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, true), {
      cohort: { id: s.cohort.id, name: 'Spring' },
    });
    const b = await laptop();
    await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE, acceptOtherCohort: true });
    const after = rowCounts(b.db);

    const again = await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE });

    if (again.outcome !== 'imported') throw new Error(again.reason);
    expect(again.tables).toEqual({
      cohort: counts(0, 0, 1),
      ambassador: counts(0, 0, 1),
      message_house: counts(0, 0, 1),
      quote: counts(0, 0, 2),
      comment: counts(0, 0, 1),
      question_retired: counts(0, 0, 1),
      rehearsal_session: counts(0, 0, 1),
      take: counts(0, 0, 1),
    });
    expect(again.backupPath).toBe('/backups/before-import-2');
    expect(rowCounts(b.db)).toEqual(after);
  });

  it('without a backup step the report says no backup was made', async () => {
    const s = await sender();
    const b = await laptop();
    const report = await b.withoutBackup.importBundle({
      file: await seal(contentsOf(s.l, { cohort: [s.l.store.get('cohort', s.cohort.id)!] })),
      passphrase: PASSPHRASE,
    });
    expect(report).toMatchObject({ outcome: 'imported', backupPath: null, tables: { cohort: counts(1) } });
  });

  it('a bundle for no cohort (a move) needs no agreement', async () => {
    const s = await sender();
    const b = await laptop();
    const report = await b.importer.importBundle({
      file: await seal(contentsOf(s.l, { cohort: [s.l.store.get('cohort', s.cohort.id)!] }, { kind: 'move' })),
      passphrase: PASSPHRASE,
    });
    expect(report).toMatchObject({ outcome: 'imported', tables: { cohort: counts(1) } });
  });

  it('conflicts are reported with both texts, ours kept', async () => {
    const s = await sender();
    const b = await laptop();
    const first = contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, false), {
      cohort: { id: s.cohort.id, name: 'Spring' },
    });
    await b.importer.importBundle({ file: await seal(first), passphrase: PASSPHRASE, acceptOtherCohort: true });
    s.l.services.quotes.update(s.draft.id, s.l.services.quotes.get(s.draft.id).version, { text: 'A wrote this.' });
    b.services.quotes.update(s.draft.id, b.services.quotes.get(s.draft.id).version, { text: 'B wrote this.' });

    const report = await b.importer.importBundle({
      file: await seal(
        contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, false), { cohort: { id: s.cohort.id, name: 'Spring' } }),
      ),
      passphrase: PASSPHRASE,
    });

    if (report.outcome !== 'imported') throw new Error(report.reason);
    expect(report.tables.quote).toEqual(counts(0, 0, 1, 1));
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({
      id: 'conflict-1',
      table: 'quote',
      rowId: s.draft.id,
      ambassadorId: s.amira.id,
      mine: 'B wrote this.',
      theirs: 'A wrote this.',
    });
    expect(b.services.quotes.get(s.draft.id).text).toBe('B wrote this.');
  });

  it('a deletion for good travels: a row unchanged here since the laptops agreed is removed', async () => {
    const s = await sender();
    const b = await laptop();
    const contents = contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, false), {
      cohort: { id: s.cohort.id, name: 'Spring' },
    });
    await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE, acceptOtherCohort: true });
    expect(b.store.get('comment', String(contents.tables.comment![0]!.id))).toBeDefined();
    const commentId = String(contents.tables.comment![0]!.id);
    const tombstone = {
      table_name: 'comment' as const,
      id_hash: idHash(commentId),
      deleted_at: '2026-11-01T12:00:00.000Z',
      device_id: 'a'.repeat(32),
    };

    const report = await b.importer.importBundle({
      file: await seal(
        contentsOf(s.l, { cohort: [s.l.store.get('cohort', s.cohort.id)!] }, { tombstones: [tombstone] }),
      ),
      passphrase: PASSPHRASE,
    });

    expect(report).toMatchObject({
      outcome: 'imported',
      tables: { comment: counts(0, 0, 0, 0, 1), cohort: counts(0, 0, 1) },
    });
    expect(b.store.get('comment', commentId)).toBeUndefined();
  });
});

describe('pictures and recordings', () => {
  it('a photo of a row this import did not write (in conflict here) is not stored', async () => {
    const s = await sender();
    const b = await laptop();
    const noPhoto = { ...s.l.store.get('ambassador', s.amira.id)!, photo_media_id: null };
    const cohortRow = s.l.store.get('cohort', s.cohort.id)!;
    await b.importer.importBundle({
      file: await seal(contentsOf(s.l, { cohort: [cohortRow], ambassador: [noPhoto] })),
      passphrase: PASSPHRASE,
    });
    b.services.ambassadors.update(s.amira.id, { shortBio: 'Changed here.' });

    const report = await b.importer.importBundle({
      file: await seal(
        contentsOf(s.l, { cohort: [cohortRow], ambassador: [s.l.store.get('ambassador', s.amira.id)!] }),
      ),
      passphrase: PASSPHRASE,
    });

    expect(report).toMatchObject({ outcome: 'imported', tables: { ambassador: counts(0, 0, 0, 1) } });
    expect(report.outcome === 'imported' && report.tables.media).toBeUndefined();
    expect(b.db.prepare('SELECT COUNT(*) FROM media').pluck().get()).toBe(0);
  });

  it('a photo removed on the other laptop arrives as a removed media row, without bytes', async () => {
    const s = await sender();
    const contents = contentsOf(s.l, {
      cohort: [s.l.store.get('cohort', s.cohort.id)!],
      ambassador: [s.l.store.get('ambassador', s.amira.id)!],
    });
    const photoRow = contents.tables.media![0] as BundleRow;
    photoRow.deleted_at = '2026-11-01T08:00:00.000Z';
    photoRow.size = 0;
    contents.blobs.clear();
    const b = await laptop();

    const report = await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE });

    expect(report).toMatchObject({ outcome: 'imported', tables: { ambassador: counts(1), media: counts(1) } });
    expect(b.db.prepare('SELECT id, kind, size, length(bytes) AS stored, deleted_at FROM media').all()).toEqual([
      { id: photoRow.id, kind: 'photo', size: 0, stored: 0, deleted_at: '2026-11-01T08:00:00.000Z' },
    ]);
  });

  it('a picture that is not really an image refuses the whole bundle, before any backup', async () => {
    const s = await sender();
    const contents = contentsOf(s.l, {
      cohort: [s.l.store.get('cohort', s.cohort.id)!],
      ambassador: [s.l.store.get('ambassador', s.amira.id)!],
    });
    const fake = new TextEncoder().encode('this is not a picture at all');
    const photoRow = contents.tables.media![0] as BundleRow;
    photoRow.sha256 = sha256Hex(fake);
    photoRow.size = fake.byteLength;
    contents.blobs.clear();
    contents.blobs.set(sha256Hex(fake), fake);
    const b = await laptop();
    const before = rowCounts(b.db);

    const report = await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE });

    expect(report.outcome).toBe('refused');
    expect(report.outcome === 'refused' && report.reason).toBe(
      'A picture in the bundle could not be used (That file is not a photo we can use. Choose a JPEG, PNG, WebP or GIF image.), so nothing was imported.',
    );
    expect(report).not.toHaveProperty('otherCohort');
    expect(rowCounts(b.db)).toEqual(before);
    expect(b.backups).toEqual([]);
  });
});

describe('pictures this laptop already has, and logos', () => {
  it('a changed profile whose photo is already here updates the row and stores no second photo', async () => {
    const s = await sender();
    const b = await laptop();
    const rows = () => ({
      cohort: [s.l.store.get('cohort', s.cohort.id)!],
      ambassador: [s.l.store.get('ambassador', s.amira.id)!],
    });
    await b.importer.importBundle({ file: await seal(contentsOf(s.l, rows())), passphrase: PASSPHRASE });
    s.l.services.ambassadors.update(s.amira.id, { shortBio: 'Engineer and mother of two.' });

    const report = await b.importer.importBundle({ file: await seal(contentsOf(s.l, rows())), passphrase: PASSPHRASE });

    expect(report).toMatchObject({ outcome: 'imported', tables: { ambassador: counts(0, 1) } });
    expect(report.outcome === 'imported' && report.tables.media).toBeUndefined();
    expect(b.db.prepare('SELECT COUNT(*) FROM media').pluck().get()).toBe(1);
  });

  it('a picture this laptop already holds is not looked at again, so its bytes cannot refuse the bundle', async () => {
    const s = await sender();
    const b = await laptop();
    const rows = {
      cohort: [s.l.store.get('cohort', s.cohort.id)!],
      ambassador: [s.l.store.get('ambassador', s.amira.id)!],
    };
    await b.importer.importBundle({ file: await seal(contentsOf(s.l, rows)), passphrase: PASSPHRASE });
    const kept = b.db.prepare('SELECT id, sha256, bytes FROM media').all();
    const contents = contentsOf(s.l, rows);
    const fake = new TextEncoder().encode('not a picture, under a media id this laptop holds');
    Object.assign(contents.tables.media![0]!, { sha256: sha256Hex(fake), size: fake.byteLength });
    contents.blobs.clear();
    contents.blobs.set(sha256Hex(fake), fake);

    const report = await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE });

    expect(report).toMatchObject({ outcome: 'imported', tables: { ambassador: counts(0, 0, 1) } });
    expect(b.db.prepare('SELECT id, sha256, bytes FROM media').all()).toEqual(kept);
  });

  it('a cohort logo arrives cleaned and stored as a logo', async () => {
    const s = await sender();
    await s.l.services.sheets.setLogo(s.cohort.id, tinyPng(16));
    const b = await laptop();
    const contents = contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, false), {
      cohort: { id: s.cohort.id, name: 'Spring' },
    });
    const logoRow = contents.tables.cohort_logo![0]!;

    const report = await b.importer.importBundle({
      file: await seal(contents),
      passphrase: PASSPHRASE,
      acceptOtherCohort: true,
    });

    expect(report).toMatchObject({ outcome: 'imported', tables: { cohort_logo: counts(1), media: counts(2) } });
    expect(b.db.prepare('SELECT kind, clean FROM media WHERE id = ?').get(String(logoRow.media_id))).toEqual({
      kind: 'logo',
      clean: 1,
    });
  });
  it('a logo that is not really an image is refused in the words for a logo', async () => {
    const s = await sender();
    await s.l.services.sheets.setLogo(s.cohort.id, tinyPng(16));
    const contents = contentsOf(s.l, {
      cohort: [s.l.store.get('cohort', s.cohort.id)!],
      cohort_logo: s.l.store.select('cohort_logo', '1 = 1'),
    });
    const fake = new TextEncoder().encode('this is not a logo at all');
    Object.assign(contents.tables.media![0]!, { sha256: sha256Hex(fake), size: fake.byteLength });
    contents.blobs.clear();
    contents.blobs.set(sha256Hex(fake), fake);
    const b = await laptop();

    const report = await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE });

    expect(report).toEqual({
      file: 'Spring - 2026-11-01.studio',
      outcome: 'refused',
      reason: `A picture in the bundle could not be used (${NOT_AN_IMAGE_LOGO}), so nothing was imported.`,
    });
  });
});

describe('recordings and bundles from before the hot seat', () => {
  it('a bundle written before the hot seat existed (sessions and takes without its columns) imports as practice', async () => {
    const s = await sender();
    const contents = contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, true), {
      cohort: { id: s.cohort.id, name: 'Spring' },
    });
    for (const row of contents.tables.rehearsal_session!) {
      delete row.kind;
      delete row.run_by;
    }
    for (const row of contents.tables.take!) {
      delete row.follow_up;
      delete row.trainer_feedback;
    }
    const b = await laptop();

    const report = await b.importer.importBundle({
      file: await seal(contents),
      passphrase: PASSPHRASE,
      acceptOtherCohort: true,
    });

    expect(report).toMatchObject({ outcome: 'imported', tables: { rehearsal_session: counts(1), take: counts(1) } });
    expect(b.db.prepare('SELECT kind, run_by FROM rehearsal_session').all()).toEqual([
      { kind: 'practice', run_by: null },
    ]);
    expect(b.db.prepare('SELECT follow_up, trainer_feedback FROM take').all()).toEqual([
      { follow_up: null, trainer_feedback: null },
    ]);
    // Still agreed with the sender: the same old bundle again changes nothing.
    const again = await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE });
    expect(again).toMatchObject({
      outcome: 'imported',
      tables: { rehearsal_session: counts(0, 0, 1), take: counts(0, 0, 1) },
    });
  });

  it('a changed take whose recording is already here is updated, and the recording is not stored twice', async () => {
    const s = await sender();
    const b = await laptop();
    const cohort = { id: s.cohort.id, name: 'Spring' };
    await b.importer.importBundle({
      file: await seal(contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, true), { cohort })),
      passphrase: PASSPHRASE,
      acceptOtherCohort: true,
    });
    s.l.services.rehearsal.noteTake(s.take.id, 'Slow down, and breathe.');

    const report = await b.importer.importBundle({
      file: await seal(contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, true), { cohort })),
      passphrase: PASSPHRASE,
    });

    expect(report).toMatchObject({ outcome: 'imported', tables: { take: counts(0, 1) } });
    expect(report.outcome === 'imported' && report.tables.media).toBeUndefined();
    expect(b.services.rehearsal.recording(s.take.id)).toEqual({ mime: 'audio/webm;codecs=opus', bytes: s.recording });
  });

  it('a new take pointing at a recording the same bundle removes from here is refused as missing work', async () => {
    const s = await sender();
    const b = await laptop();
    const cohort = { id: s.cohort.id, name: 'Spring' };
    const first = contentsOf(s.l, selectCohort(s.l.store, s.cohort.id, true), { cohort });
    await b.importer.importBundle({ file: await seal(first), passphrase: PASSPHRASE, acceptOtherCohort: true });
    const take = first.tables.take![0]!;
    const before = rowCounts(b.db);
    const contents = contentsOf(
      s.l,
      { take: [{ ...take, id: randomUUID() }] },
      {
        cohort,
        tombstones: [
          {
            table_name: 'take',
            id_hash: idHash(String(take.id)),
            deleted_at: '2026-11-01T12:00:00.000Z',
            device_id: 'a'.repeat(32),
          },
        ],
      },
    );
    contents.tables.media = [];
    contents.blobs.clear();

    const report = await b.importer.importBundle({ file: await seal(contents), passphrase: PASSPHRASE });

    expect(report).toEqual({
      file: 'Spring - 2026-11-01.studio',
      outcome: 'refused',
      reason: 'The bundle refers to work that is neither in it nor on this laptop, so nothing was imported.',
    });
    expect(rowCounts(b.db)).toEqual(before);
  });
});

describe('what is not a refusal', () => {
  it('a failed backup stops the import with its own error, and nothing is written', async () => {
    const s = await sender();
    const b = await laptop();
    const before = rowCounts(b.db);
    const failing = createBundleImporter(
      createServiceContext({
        db: b.db,
        clock: manualClock(),
        ids: () => randomUUID(),
        paths: { dataDir: '', dbPath: '', backupDir: '' },
      }),
      () => Promise.reject(new Error('The backup disk is full.')),
    );
    await expect(
      failing.importBundle({
        file: await seal(contentsOf(s.l, { cohort: [s.l.store.get('cohort', s.cohort.id)!] })),
        passphrase: PASSPHRASE,
      }),
    ).rejects.toThrow('The backup disk is full.');
    expect(rowCounts(b.db)).toEqual(before);
  });

  it('a file that cannot even be looked at is refused in one plain sentence', async () => {
    const b = await laptop();
    // What a broken upload hands over: no bytes at all.
    const report = await b.importer.importBundle({
      file: { name: 'broken.studio', bytes: undefined as unknown as Uint8Array },
      passphrase: PASSPHRASE,
    });
    expect(report).toEqual({
      file: 'broken.studio',
      outcome: 'refused',
      reason: 'That file could not be read as a bundle.',
    });
  });
});

describe('refusals leave the laptop as it was', () => {
  it("a wrong passphrase is refused in the format's own words", async () => {
    const s = await sender();
    const b = await laptop();
    const file = await seal(contentsOf(s.l, { cohort: [s.l.store.get('cohort', s.cohort.id)!] }));
    const report = await b.importer.importBundle({ file, passphrase: 'not the passphrase' });
    expect(report).toEqual({
      file: 'Spring - 2026-11-01.studio',
      outcome: 'refused',
      reason: expect.stringMatching(/passphrase does not open this bundle/),
    });
    expect(b.backups).toEqual([]);
  });

  it('a row that breaks the rules is refused with the row, table and field named', async () => {
    const s = await sender();
    const b = await laptop();
    const cohortRow = { ...s.l.store.get('cohort', s.cohort.id)!, hashtag: '#'.repeat(81) };
    const report = await b.importer.importBundle({
      file: await seal(contentsOf(s.l, { cohort: [cohortRow] })),
      passphrase: PASSPHRASE,
    });
    expect(report).toEqual({
      file: 'Spring - 2026-11-01.studio',
      outcome: 'refused',
      reason: expect.stringMatching(/^Row 1 of cohort is not valid \(hashtag: .+\), so nothing was imported\.$/),
    });
    expect(rowCounts(b.db).cohort).toBe(0);
  });

  it('work that refers to what is neither in the bundle nor here is refused at commit, and nothing stays', async () => {
    const s = await sender();
    const b = await laptop();
    const before = rowCounts(b.db);
    const report = await b.importer.importBundle({
      file: await seal(
        contentsOf(s.l, {
          cohort: [s.l.store.get('cohort', s.cohort.id)!],
          quote: [s.l.store.get('quote', s.draft.id)!],
        }),
      ),
      passphrase: PASSPHRASE,
    });
    expect(report).toEqual({
      file: 'Spring - 2026-11-01.studio',
      outcome: 'refused',
      reason: 'The bundle refers to work that is neither in it nor on this laptop, so nothing was imported.',
    });
    expect(rowCounts(b.db)).toEqual(before);
    // The backup was made: the checks before it had passed.
    expect(b.backups).toEqual(['backup-1']);
  });

  it('children before their parents in one file are fine (foreign keys are checked at commit)', async () => {
    const s = await sender();
    const revised = s.l.services.quotes.reviseApproved(s.approved.id);
    expect(revised.parentId).toBe(s.approved.id);
    const b = await laptop();
    const quotes = [s.l.store.get('quote', revised.id)!, s.l.store.get('quote', s.approved.id)!];
    const report = await b.importer.importBundle({
      file: await seal(
        contentsOf(s.l, {
          cohort: [s.l.store.get('cohort', s.cohort.id)!],
          ambassador: [{ ...s.l.store.get('ambassador', s.amira.id)!, photo_media_id: null }],
          quote: quotes,
        }),
      ),
      passphrase: PASSPHRASE,
    });
    expect(report).toMatchObject({ outcome: 'imported', tables: { quote: counts(2) } });
  });
});

describe("on an ambassador's own laptop", () => {
  async function feedbackSetup() {
    const s = await sender();
    const wei = seedAmbassador(s.l.services, { cohortId: s.cohort.id, fullName: 'Wei Zhang', nameMode: 'full' });
    const weiQuote = seedQuote(s.l.services, wei.id, { text: 'Words of Wei.' });
    const row = (table: 'cohort' | 'ambassador' | 'quote', id: string) => s.l.store.get(table, id)!;
    const amiraRow = { ...row('ambassador', s.amira.id), photo_media_id: null };
    const mine = {
      cohort: [row('cohort', s.cohort.id)],
      ambassador: [amiraRow],
      quote: [row('quote', s.approved.id)],
    };
    const b = await laptop();
    const own = (contents: BundleContents) =>
      seal(contents).then((file) =>
        b.importer.importBundle({ file, passphrase: PASSPHRASE, acceptOtherCohort: true, onlyFeedbackFor: s.amira.id }),
      );
    return { s, wei, weiQuote, row, mine, b, own, amiraRow };
  }
  const ONLY_FEEDBACK = 'On your own laptop you can import only the feedback your trainer returned to you.';

  it('the feedback returned to them comes in', async () => {
    const { mine, own, b, s } = await feedbackSetup();
    const report = await own(contentsOf(s.l, mine, { kind: 'feedback' }));
    expect(report).toMatchObject({
      outcome: 'imported',
      tables: { cohort: counts(1), ambassador: counts(1), quote: counts(1) },
    });
    expect(b.services.quotes.get(s.approved.id).status).toBe('approved');
  });

  it('anything but feedback is refused', async () => {
    const { mine, own, b, s } = await feedbackSetup();
    const before = rowCounts(b.db);
    expect(await own(contentsOf(s.l, mine, { kind: 'work' }))).toEqual({
      file: 'Spring - 2026-11-01.studio',
      outcome: 'refused',
      reason: ONLY_FEEDBACK,
    });
    expect(rowCounts(b.db)).toEqual(before);
  });

  it("feedback holding someone else's quote beside their own is refused", async () => {
    const { mine, own, s, row, weiQuote } = await feedbackSetup();
    const contents = contentsOf(
      s.l,
      { ...mine, quote: [...mine.quote, row('quote', weiQuote.id)] },
      { kind: 'feedback' },
    );
    expect(await own(contents)).toMatchObject({ outcome: 'refused', reason: ONLY_FEEDBACK });
  });

  it("feedback whose only other row is someone else's profile is refused", async () => {
    const { own, s, row, wei } = await feedbackSetup();
    const contents = contentsOf(
      s.l,
      {
        cohort: [row('cohort', s.cohort.id)],
        quote: [row('quote', s.approved.id)],
        ambassador: [row('ambassador', wei.id)],
      },
      { kind: 'feedback', ambassadors: [] },
    );
    expect(await own(contents)).toMatchObject({ outcome: 'refused', reason: ONLY_FEEDBACK });
  });

  it('feedback whose manifest names someone else is refused', async () => {
    const { mine, own, s, wei } = await feedbackSetup();
    const contents = contentsOf(s.l, mine, {
      kind: 'feedback',
      ambassadors: [
        { id: s.amira.id, publicName: 'Amira Haddad' },
        { id: wei.id, publicName: 'Wei Zhang' },
      ],
    });
    expect(await own(contents)).toMatchObject({ outcome: 'refused', reason: ONLY_FEEDBACK });
  });

  it("a trainer's laptop (no one named) takes someone else's feedback too", async () => {
    const { mine, b, s } = await feedbackSetup();
    const file = await seal(contentsOf(s.l, mine, { kind: 'feedback' }));
    const report = await b.importer.importBundle({ file, passphrase: PASSPHRASE, acceptOtherCohort: true });
    expect(report.outcome).toBe('imported');
  });
});
