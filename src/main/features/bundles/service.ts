import type { BundleManifest } from '../../../shared/features/bundles/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { readManifest } from '../../bundles/format';
import { createConflictDesk } from './conflicts';
import { createBundleWriter, publicNameOfRow, type WrittenBundle } from './export';
import { createBundleImporter, type BackupBeforeImport, type ImportRequest } from './import';
import { selectCohort, selectEverything, selectFeedback, selectWork } from './selection';
import { createRowStore } from './tables';

export interface BundleServiceDeps {
  /** The automatic backup before every import (the backup feature); without it, imports make none. */
  backupBeforeImport?: BackupBeforeImport;
  /** Written into each manifest. */
  appVersion?: string;
}

/** What an export hands back: the files to save or download, and what they hold (the last file's manifest). */
export interface ExportedBundles {
  files: Array<{ fileName: string; bytes: Uint8Array }>;
  manifest: BundleManifest;
}

const files = (written: WrittenBundle[]): ExportedBundles => ({
  files: written.map(({ fileName, bytes }) => ({ fileName, bytes })),
  manifest: written[written.length - 1]!.manifest,
});

/** Work bundles between laptops: export by kind, inspect, import with merging, and the conflicts left to choose. */
export function createBundleService(ctx: ServiceContext, deps: BundleServiceDeps = {}) {
  const store = ctx.repo(createRowStore);
  const writer = createBundleWriter(ctx, deps.appVersion ?? process.env.npm_package_version ?? 'unknown');
  const importer = createBundleImporter(ctx, deps.backupBeforeImport);
  const desk = createConflictDesk(ctx);

  const person = (id: string) => {
    const row = store.get('ambassador', id);
    if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That ambassador does not exist or was deleted.');
    return row;
  };
  const cohortOf = (id: string) => {
    const row = store.get('cohort', id);
    if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'That cohort does not exist or was deleted.');
    return { id, name: String(row.name) };
  };

  return {
    async exportWork(input: { ambassadorId: string; includeRecordings: boolean; passphrase: string }) {
      const row = person(input.ambassadorId);
      const cohort = typeof row.cohort_id === 'string' ? cohortOf(row.cohort_id) : null;
      const selection = selectWork(store, input.ambassadorId, input.includeRecordings);
      const title = `Work - ${publicNameOfRow(row)}`;
      const written = await writer.write({
        kind: 'work',
        title,
        cohort,
        selection,
        recordings: input.includeRecordings,
        passphrase: input.passphrase,
      });
      return files([written]);
    },
    /** One file per ambassador, so nobody receives another person's work. */
    async exportFeedback(input: { cohortId: string; ambassadorId?: string; passphrase: string }) {
      const cohort = cohortOf(input.cohortId);
      const people = input.ambassadorId
        ? [person(input.ambassadorId)]
        : store.select('ambassador', 'cohort_id = ? AND deleted_at IS NULL AND archived_at IS NULL', [cohort.id]);
      if (people.some((p) => p.cohort_id !== cohort.id))
        throw new AppError('NOT_FOUND', 'That ambassador is not in this cohort.');
      if (people.length === 0) throw new AppError('NOT_FOUND', 'This cohort has no ambassadors to return feedback to.');
      const written: WrittenBundle[] = [];
      for (const row of people) {
        const selection = selectFeedback(store, cohort.id, String(row.id));
        const title = `Feedback - ${publicNameOfRow(row)}`;
        written.push(
          await writer.write({
            kind: 'feedback',
            title,
            cohort,
            selection,
            recordings: false,
            passphrase: input.passphrase,
          }),
        );
      }
      return files(written);
    },
    async exportCohort(input: { cohortId: string; includeRecordings: boolean; passphrase: string }) {
      const cohort = cohortOf(input.cohortId);
      const selection = selectCohort(store, cohort.id, input.includeRecordings);
      const title = `Cohort - ${cohort.name}`;
      return files([
        await writer.write({
          kind: 'cohort',
          title,
          cohort,
          selection,
          recordings: input.includeRecordings,
          passphrase: input.passphrase,
        }),
      ]);
    },
    /** "Move to a new laptop": everything, recordings included. */
    async exportEverything(input: { passphrase: string }) {
      const selection = selectEverything(store);
      return files([
        await writer.write({
          kind: 'move',
          title: 'Everything',
          cohort: null,
          selection,
          recordings: true,
          passphrase: input.passphrase,
        }),
      ]);
    },
    async inspect(input: { file: { name: string; bytes: Uint8Array }; passphrase: string }): Promise<BundleManifest> {
      return readManifest(input.file.bytes, input.passphrase);
    },
    importBundle: (request: ImportRequest) => importer.importBundle(request),
    conflicts: () => desk.open(),
    resolveConflict: (input: { id: string; choice: 'mine' | 'theirs' }): null => {
      desk.resolve(input.id, input.choice);
      return null;
    },
    /** Whose open conflict this is, for the permission table (undefined: no such open conflict). */
    conflictOwner: (id: string) => desk.ownerOf(id),
  };
}

export type BundleService = ReturnType<typeof createBundleService>;
