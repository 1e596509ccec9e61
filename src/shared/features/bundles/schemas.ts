import { z } from 'zod';
import { bytesSchema } from '../../binary';
import { idSchema } from '../../fields';

/**
 * Work bundles: one encrypted file per transfer between laptops (see ARCHITECTURE.md, "Bundles").
 *  - work:     an ambassador's own work, sent to their trainer;
 *  - feedback: what a trainer returns to one ambassador (comments, approvals, question sets, language rules,
 *              cohort details); a cohort's feedback is one file per ambassador, so nobody receives another's work;
 *  - cohort:   a whole cohort, for a second trainer laptop;
 *  - move:     everything on this laptop, for moving to a new one.
 */
export const BUNDLE_KINDS = ['work', 'feedback', 'cohort', 'move'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export const BUNDLE_FORMAT = 'ambassador-studio/bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** The file name ending bundles get; the open dialog and the upload button look for it. */
export const BUNDLE_EXTENSION = '.studio-bundle';
/** The largest bundle file accepted: a cohort with several hours of recordings fits. */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

/** Every bundle is encrypted; the passphrase is the cohort's, set by the trainer and told to the cohort. */
export const PASSPHRASE_MIN = 10;
export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN, { message: `Use a passphrase of at least ${PASSPHRASE_MIN} characters` })
  .max(1024, { message: 'That passphrase is too long (at most 1,024 characters)' });

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().nonnegative(),
  kind: z.enum(BUNDLE_KINDS),
  /** The cohort the bundle belongs to; null for a 'move' bundle holding several. */
  cohort: z.strictObject({ id: idSchema, name: z.string().max(200) }).nullable(),
  /** The device that wrote it (its id from the `device` table) and when. */
  device: z.string().max(100),
  createdAt: z.iso.datetime(),
  /** The people in it, by public name only (the manifest is shown before anything is imported). */
  ambassadors: z.array(z.strictObject({ id: idSchema, publicName: z.string().max(200) })).max(10_000),
  /** What it holds: rows per table, blob count and bytes, and whether recordings are in. */
  holds: z.strictObject({
    tables: z.record(z.string().max(64), z.number().int().nonnegative()),
    tombstones: z.number().int().nonnegative(),
    blobs: z.number().int().nonnegative(),
    blobBytes: z.number().int().nonnegative(),
    recordings: z.boolean(),
  }),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

/** One file as the page hands it over: browser upload, or Electron's native open dialog through a file input. */
export const bundleFileSchema = z.strictObject({
  name: z.string().min(1).max(255),
  bytes: bytesSchema(MAX_BUNDLE_BYTES, 'The bundle file'),
});

/** Where a written bundle went: saved by the desktop app's save window, or sent back for the page to download. */
export type BundleDelivery =
  { mode: 'saved'; path: string | null; fileName: string } | { mode: 'download'; fileName: string; bytes: Uint8Array };

export interface BundleExport {
  /** One file, or one per ambassador for a cohort's feedback. */
  files: BundleDelivery[];
  manifest: BundleManifest;
}

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  deleted: number;
}

/** A row both laptops changed since they last agreed: both texts are kept until someone chooses. */
export interface BundleConflict {
  id: string;
  table: string;
  rowId: string;
  ambassadorId: string | null;
  /** What the row is, in words: "Quote: ‘I came to…’" */
  label: string;
  mine: string;
  theirs: string;
  createdAt: string;
}

export type ImportReport =
  | {
      file: string;
      outcome: 'imported';
      manifest: BundleManifest;
      tables: Record<string, TableCounts>;
      conflicts: BundleConflict[];
      backupPath: string | null;
    }
  | {
      file: string;
      /** Nothing was written. `reason` is one sentence a person can act on. */
      outcome: 'refused';
      reason: string;
      /** Set when the only problem is that the bundle is for a cohort not on this laptop: ask, then retry. */
      otherCohort?: { id: string; name: string };
    };

export const CONFLICT_CHOICES = ['mine', 'theirs'] as const;
