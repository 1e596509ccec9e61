/**
 * Everything in a bundle is checked before anything is written: the manifest, every row of every table against the
 * row schemas, every tombstone, and every blob a row points at. The first problem refuses the whole file with one
 * sentence naming the table, row and field.
 */
import { createHash } from 'node:crypto';
import {
  BUNDLE_ROW_SCHEMAS,
  BUNDLE_TABLES,
  tombstoneRowSchema,
  type BundleTable,
  type TombstoneRow,
} from '../../../shared/features/bundles/rows';
import { manifestSchema, type BundleManifest } from '../../../shared/features/bundles/schemas';
import type { QuoteFields } from '../../../shared/features/quotes/schemas';
import { quoteTextHash } from '../../../shared/features/quotes/text-hash';
import { AppError } from '../../../shared/result';
import type { BundleContents } from '../../bundles/format';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { MEDIA_REFERENCES, type BundleRow } from './tables';

export interface IncomingBlob {
  row: BundleRow;
  bytes: Uint8Array;
}

export interface ValidBundle {
  manifest: BundleManifest;
  /** The rows exactly as they came (schema defaults are not filled in, so hashes match the sender's). */
  tables: Partial<Record<BundleTable, BundleRow[]>>;
  tombstones: TombstoneRow[];
  /** The bundle's media rows with their bytes, by media id. */
  media: Map<string, IncomingBlob>;
}

function refuse(reason: string): never {
  throw new AppError('VALIDATION', reason);
}

const short = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}…` : text);

function checkRows(table: BundleTable, rows: unknown[]): BundleRow[] {
  const schema = BUNDLE_ROW_SCHEMAS[table];
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? issue.path.join('.') : 'row';
      refuse(
        `Row ${index + 1} of ${table} is not valid (${field}: ${short(issue?.message ?? 'invalid')}), so nothing was imported.`,
      );
    }
    const valid = row as BundleRow;
    const key =
      table === 'question_retired' ? `${String(valid.cohort_id)}/${String(valid.question_id)}` : String(valid.id);
    if (seen.has(key)) refuse(`The bundle holds ${table} ${key} twice, so nothing was imported.`);
    seen.add(key);
    return valid;
  });
}

function checkManifest(raw: unknown, contents: BundleContents): BundleManifest {
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) refuse('The bundle’s description (manifest) is not valid, so nothing was imported.');
  const manifest = parsed.data;
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    refuse('This bundle was made by a newer version of the app. Update the app on this laptop, then import it again.');
  }
  for (const [table, rows] of Object.entries(contents.tables)) {
    if (manifest.holds.tables[table] !== rows.length)
      refuse(`The bundle’s ${table} rows do not match its manifest: the file was changed or damaged.`);
  }
  if (manifest.holds.tombstones !== contents.tombstones.length)
    refuse('The bundle’s deletions do not match its manifest: the file was changed or damaged.');
  return manifest;
}

function checkBlobs(mediaRows: BundleRow[], blobs: Map<string, Uint8Array>): Map<string, IncomingBlob> {
  const media = new Map<string, IncomingBlob>();
  const used = new Set<string>();
  for (const row of mediaRows) {
    const sha = String(row.sha256);
    if (row.deleted_at !== null) {
      media.set(String(row.id), { row, bytes: new Uint8Array() });
      continue;
    }
    const bytes = blobs.get(sha);
    if (!bytes) refuse(`The bundle names a ${String(row.kind)} it does not carry, so nothing was imported.`);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha || bytes.byteLength !== row.size)
      refuse(`A ${String(row.kind)} in the bundle does not match its description: the file was changed or damaged.`);
    media.set(String(row.id), { row, bytes });
    used.add(sha);
  }
  for (const sha of blobs.keys())
    if (!used.has(sha)) refuse('The bundle holds a file no row uses, so nothing was imported.');
  return media;
}

/** An approval is bound to the words approved: a quote marked approved with other words was changed on the way. */
function checkApprovals(quotes: BundleRow[]): void {
  quotes.forEach((row, index) => {
    const fields = row.fields as Partial<QuoteFields>;
    if (row.status !== 'approved' || typeof row.approved_hash !== 'string' || fields.text === undefined) return;
    if (quoteTextHash(fields as QuoteFields) !== row.approved_hash)
      refuse(`Row ${index + 1} of quote is marked approved for other words than it holds, so nothing was imported.`);
  });
}

const EXPECTED_KIND: Record<string, string> = { ambassador: 'photo', take: 'audio', cohort_logo: 'logo' };

/** `hasLocalMedia`: whether this laptop already holds a media row (a bundle may point at one it does not carry). */
export function validateBundle(contents: BundleContents, hasLocalMedia: (id: string) => boolean): ValidBundle {
  const manifest = checkManifest(contents.manifest, contents);
  const known = new Set<string>(BUNDLE_TABLES);
  const tables: Partial<Record<BundleTable, BundleRow[]>> = {};
  for (const [table, rows] of Object.entries(contents.tables)) {
    if (!known.has(table)) refuse(`The bundle holds an unknown table “${short(table)}”, so nothing was imported.`);
    if (!Array.isArray(rows)) refuse(`The bundle’s ${table} rows are not a list, so nothing was imported.`);
    tables[table as BundleTable] = checkRows(table as BundleTable, rows);
  }
  const tombstones = contents.tombstones.map((row, index) => {
    const parsed = tombstoneRowSchema.safeParse(row);
    if (!parsed.success) refuse(`Deletion ${index + 1} in the bundle is not valid, so nothing was imported.`);
    return parsed.data;
  });
  checkApprovals(tables.quote ?? []);
  const media = checkBlobs(tables.media ?? [], contents.blobs);
  for (const [table, column] of Object.entries(MEDIA_REFERENCES)) {
    for (const row of tables[table as BundleTable] ?? []) {
      const id = row[column];
      if (typeof id !== 'string') continue;
      const carried = media.get(id);
      if (!carried && !hasLocalMedia(id))
        refuse(`A ${table} row points at a picture or recording the bundle does not carry, so nothing was imported.`);
      // A photo must be a photo: bytes called a recording are never shown (or printed) as a picture.
      if (carried && carried.row.kind !== EXPECTED_KIND[table])
        refuse(`A ${table} row points at a file of the wrong kind, so nothing was imported.`);
    }
  }
  return { manifest, tables, tombstones, media };
}
