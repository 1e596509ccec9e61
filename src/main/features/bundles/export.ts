import { publicName, type NameMode } from '../../../shared/features/ambassadors/schemas';
import { BUNDLE_ROW_SCHEMAS, VERSIONED_TABLES, type BundleTable } from '../../../shared/features/bundles/rows';
import {
  BUNDLE_EXTENSION,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  type BundleKind,
  type BundleManifest,
} from '../../../shared/features/bundles/schemas';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../../backend/context';
import { writeBundle, type BundleContents } from '../../bundles/format';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { createMediaRepository } from '../../db/media';
import { rowHash } from './hash';
import type { Selection } from './selection';
import { createSyncRepository } from './sync-repository';
import { createRowStore, MEDIA_REFERENCES, type BundleRow } from './tables';

export interface WrittenBundle {
  fileName: string;
  bytes: Uint8Array;
  manifest: BundleManifest;
}

export interface BundleRequest {
  kind: BundleKind;
  /** What the file is called before the date: "Work - Amira". */
  title: string;
  cohort: { id: string; name: string } | null;
  selection: Selection;
  recordings: boolean;
  passphrase: string;
}

/** Characters no file system takes in a name. */
const UNSAFE_IN_NAMES = /[\\/:*?"<>|]/g;
const isControl = (ch: string) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127;

export function bundleFileName(title: string, date: string): string {
  const printable = [...title].map((ch) => (isControl(ch) ? ' ' : ch)).join('');
  const safe = printable.replace(UNSAFE_IN_NAMES, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);
  return `${safe} - ${date}${BUNDLE_EXTENSION}`;
}

export function publicNameOfRow(row: BundleRow): string {
  return publicName({
    fullName: String(row.full_name ?? ''),
    firstName: String(row.first_name ?? ''),
    pseudonym: String(row.pseudonym ?? ''),
    nameMode: row.name_mode as NameMode,
  });
}

/**
 * Writes one bundle: the chosen rows (checked against the row schemas the other laptop will apply, so a bundle
 * this laptop writes is one it would accept), the blobs they point at, the tombstones, and the manifest. Each row
 * sent is recorded as the version both sides now share.
 */
export function createBundleWriter(ctx: ServiceContext, appVersion: string) {
  const store = ctx.repo(createRowStore);
  const media = ctx.repo(createMediaRepository);
  const sync = ctx.repo(createSyncRepository);

  /** The media rows the chosen rows point at, with the bytes of those still in use. */
  const collectBlobs = (tables: Record<string, BundleRow[]>) => {
    const blobs = new Map<string, Uint8Array>();
    const described = new Map<string, BundleRow>();
    for (const [table, column] of Object.entries(MEDIA_REFERENCES)) {
      tables[table] = (tables[table] ?? []).flatMap((row) => {
        const id = row[column];
        if (typeof id !== 'string') return [row];
        const about = described.get(id) ?? store.get('media', id);
        // A file gone altogether: a row that may say "none" says so; a logo row, which must name one, stays here.
        if (!about) return table === 'cohort_logo' ? [] : [{ ...row, [column]: null }];
        if (about.deleted_at === null && !described.has(id)) {
          const blob = media.get(id);
          if (blob) blobs.set(blob.sha256, blob.bytes);
        }
        described.set(id, about);
        return [row];
      });
    }
    return { blobs, mediaRows: [...described.values()] };
  };

  const checkRows = (tables: Record<string, BundleRow[]>) => {
    for (const [table, rows] of Object.entries(tables)) {
      const schema = BUNDLE_ROW_SCHEMAS[table as BundleTable];
      rows.forEach((row, index) => {
        const parsed = schema.safeParse(row);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new AppError(
            'INTERNAL',
            `Row ${index + 1} of ${table} on this laptop is not valid (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}), so no bundle was written.`,
          );
        }
      });
    }
  };

  return {
    async write(request: BundleRequest): Promise<WrittenBundle> {
      const tables: Record<string, BundleRow[]> = {};
      for (const [table, rows] of Object.entries(request.selection)) if (rows) tables[table] = rows;
      const { blobs, mediaRows } = collectBlobs(tables);
      const allTables = { media: mediaRows, ...tables };
      checkRows(allTables);
      const tombstones = sync.tombstones();
      const now = ctx.clock.now();
      const manifest: BundleManifest = {
        format: BUNDLE_FORMAT,
        formatVersion: BUNDLE_FORMAT_VERSION,
        appVersion,
        schemaVersion: LATEST_SCHEMA_VERSION,
        kind: request.kind,
        cohort: request.cohort,
        device: sync.deviceId(),
        createdAt: now,
        ambassadors: (tables.ambassador ?? []).map((a) => ({ id: String(a.id), publicName: publicNameOfRow(a) })),
        holds: {
          tables: Object.fromEntries(Object.entries(allTables).map(([t, rows]) => [t, rows.length])),
          tombstones: tombstones.length,
          blobs: blobs.size,
          blobBytes: [...blobs.values()].reduce((sum, b) => sum + b.byteLength, 0),
          recordings: request.recordings,
        },
      };
      const contents: BundleContents = { manifest, tables: allTables, tombstones, blobs };
      const bytes = await writeBundle(contents, request.passphrase);
      // Recorded once the file exists: these are the versions both laptops hold from now on.
      const versioned = new Set<string>(VERSIONED_TABLES);
      ctx.db.transaction(() => {
        for (const [table, rows] of Object.entries(tables)) {
          if (!versioned.has(table)) continue;
          for (const row of rows) sync.setBase(table, String(row.id), rowHash(row));
        }
      })();
      return { fileName: bundleFileName(request.title, now.slice(0, 10)), bytes, manifest };
    },
  };
}
