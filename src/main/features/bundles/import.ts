/**
 * Importing one bundle, all or nothing: read and decrypt it, check every part of it, ask before adding a cohort
 * this laptop does not have, clean its pictures, back up, then merge everything in ONE transaction. Any refusal
 * leaves the database exactly as it was and says why in one sentence.
 */
import { BUNDLE_TABLES, VERSIONED_TABLES, type VersionedTable } from '../../../shared/features/bundles/rows';
import type { ImportReport } from '../../../shared/features/bundles/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { readBundle, type BundleContents } from '../../bundles/format';
import { createMediaRepository } from '../../db/media';
import { sanitizeImage, type CleanImage } from '../../images/sanitize';
import { createConflictDesk } from './conflicts';
import { createRowDeleter } from './deletions';
import { count, createMerger, newMergeLog, type MergeLog } from './merge';
import { createSearchRefresher } from './search-refresh';
import { createRowStore, MEDIA_REFERENCES, OWNER_COLUMN } from './tables';
import { validateBundle, type ValidBundle } from './validate';

export interface ImportRequest {
  file: { name: string; bytes: Uint8Array };
  passphrase: string;
  /** The person was asked and agreed to add a cohort this laptop does not have. */
  acceptOtherCohort?: boolean;
  /**
   * Set when an ambassador imports on their own laptop: only the feedback their trainer returned to them, and
   * nothing about anyone else, may come in.
   */
  onlyFeedbackFor?: string;
}

/** Makes the automatic backup before an import; returns where it went. */
export type BackupBeforeImport = () => Promise<string | null>;

class Refusal extends Error {
  constructor(
    readonly reason: string,
    readonly otherCohort?: { id: string; name: string },
  ) {
    super(reason);
  }
}

const versioned = new Set<string>(VERSIONED_TABLES);

function checkOwnLaptop(bundle: ValidBundle, ambassadorId: string): void {
  const onlyTheirs = Object.entries(bundle.tables).every(([table, rows]) => {
    const column = OWNER_COLUMN[table as keyof typeof OWNER_COLUMN];
    return !column || rows.every((row) => row[column] === ambassadorId);
  });
  if (
    bundle.manifest.kind !== 'feedback' ||
    !onlyTheirs ||
    bundle.manifest.ambassadors.some((a) => a.id !== ambassadorId)
  ) {
    throw new Refusal('On your own laptop you can import only the feedback your trainer returned to you.');
  }
}

export function createBundleImporter(ctx: ServiceContext, backup: BackupBeforeImport | undefined) {
  const store = ctx.repo(createRowStore);
  const media = ctx.repo(createMediaRepository);
  const merger = createMerger(ctx);
  const deleter = createRowDeleter(ctx);
  const searchRefresher = createSearchRefresher(ctx);
  const desk = createConflictDesk(ctx);
  const cohortExists = ctx.db.prepare<[string], { n: number }>('SELECT 1 AS n FROM cohort WHERE id = ?');
  // Any media row, a removed one too: the id is taken either way.
  const mediaRow = ctx.db.prepare<[string], { n: number }>('SELECT 1 AS n FROM media WHERE id = ?');
  const hasMedia = (id: string) => mediaRow.get(id) !== undefined;
  const insertRemoved = ctx.db.prepare(
    `INSERT INTO media (id, kind, mime, size, sha256, bytes, clean, created_at, updated_at, deleted_at)
     VALUES (@id, @kind, @mime, 0, @sha256, x'', 1, @created_at, @now, @deleted_at)`,
  );

  /** Photos and logos are re-encoded like any uploaded one, so no picture from a bundle keeps hidden details. */
  const cleanImages = async (bundle: ValidBundle): Promise<Map<string, CleanImage>> => {
    const clean = new Map<string, CleanImage>();
    for (const [id, { row, bytes }] of bundle.media) {
      if (row.kind === 'audio' || row.deleted_at !== null || hasMedia(id)) continue;
      try {
        clean.set(id, await sanitizeImage(bytes, row.kind === 'logo' ? 'logo' : 'photo'));
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Refusal(`A picture in the bundle could not be used (${why}), so nothing was imported.`);
      }
    }
    return clean;
  };

  /** Blobs the written rows point at and this laptop lacks; a skipped row's picture is not stored. */
  const storeMedia = (log: MergeLog, bundle: ValidBundle, clean: Map<string, CleanImage>) => {
    const now = ctx.clock.now();
    for (const { table, id } of log.changed) {
      const column = MEDIA_REFERENCES[table];
      const row = column ? store.get(table, id) : undefined;
      const mediaId = column && row ? row[column] : null;
      if (typeof mediaId !== 'string' || hasMedia(mediaId)) continue;
      const incoming = bundle.media.get(mediaId);
      if (!incoming) continue;
      const image = clean.get(mediaId);
      if (incoming.row.deleted_at !== null) insertRemoved.run({ ...incoming.row, now });
      else if (image) media.insertImage(mediaId, incoming.row.kind === 'logo' ? 'logo' : 'photo', image, now);
      else if (incoming.row.kind === 'audio')
        media.insert(mediaId, 'audio', String(incoming.row.mime), incoming.bytes, now);
      else continue;
      count(log, 'media', 'added');
    }
  };

  const merge = (bundle: ValidBundle, clean: Map<string, CleanImage>): MergeLog => {
    const log = newMergeLog();
    // Parents and children arrive in one file in any order; the foreign keys are checked at commit.
    ctx.db.pragma('defer_foreign_keys = ON');
    deleter.apply(log, merger, bundle.tombstones);
    for (const table of BUNDLE_TABLES) {
      for (const row of bundle.tables[table] ?? []) {
        if (table === 'question_retired') merger.mergeRetired(log, row);
        else if (versioned.has(table)) merger.mergeRow(log, table as VersionedTable, row);
      }
    }
    storeMedia(log, bundle, clean);
    searchRefresher.refresh(log);
    return log;
  };

  const run = async (request: ImportRequest): Promise<ImportReport> => {
    let contents: BundleContents;
    try {
      contents = await readBundle(request.file.bytes, request.passphrase);
    } catch (error) {
      throw new Refusal(error instanceof AppError ? error.message : 'That file could not be read as a bundle.');
    }
    let bundle: ValidBundle;
    try {
      bundle = validateBundle(contents, hasMedia);
    } catch (error) {
      throw new Refusal(error instanceof Error ? error.message : String(error));
    }
    if (request.onlyFeedbackFor) checkOwnLaptop(bundle, request.onlyFeedbackFor);
    const { cohort } = bundle.manifest;
    if (cohort && !cohortExists.get(cohort.id) && !request.acceptOtherCohort) {
      throw new Refusal(`This bundle is for the cohort “${cohort.name}”, which is not on this laptop yet.`, cohort);
    }
    const clean = await cleanImages(bundle);
    const backupPath = backup ? await backup() : null;
    let log: MergeLog;
    try {
      log = ctx.db.transaction(() => merge(bundle, clean))();
    } catch (error) {
      if (error instanceof Error && /FOREIGN KEY/.test(error.message)) {
        throw new Refusal(
          'The bundle refers to work that is neither in it nor on this laptop, so nothing was imported.',
        );
      }
      throw error;
    }
    return {
      file: request.file.name,
      outcome: 'imported',
      manifest: bundle.manifest,
      tables: log.counts,
      conflicts: log.conflicts.map((id) => desk.get(id)),
      backupPath,
    };
  };

  return {
    async importBundle(request: ImportRequest): Promise<ImportReport> {
      try {
        return await run(request);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        return {
          file: request.file.name,
          outcome: 'refused',
          reason: error.reason,
          ...(error.otherCohort ? { otherCohort: error.otherCohort } : {}),
        };
      }
    },
  };
}
