import { z } from 'zod';
import { command, query } from '../../channel';
import { idSchema, noInput } from '../../fields';
import {
  bundleFileSchema,
  CONFLICT_CHOICES,
  passphraseSchema,
  type BundleConflict,
  type BundleExport,
  type BundleManifest,
  type ImportReport,
} from './schemas';

/** Everything an import may change, so every screen refreshes after one. */
const ALL_DATA = [
  'cohort',
  'ambassador',
  'house',
  'quote',
  'comment',
  'question',
  'rehearsal',
  'languageRules',
  'sheet',
  'revision',
] as const;

export const bundleChannels = {
  /** Ambassador (or a trainer for them): "Send my work to my trainer". */
  'bundle:exportWork': command<BundleExport>()(
    z.strictObject({ ambassadorId: idSchema, includeRecordings: z.boolean(), passphrase: passphraseSchema }),
    [],
  ),
  /** Trainer: "Return feedback" to one ambassador, or to each ambassador of a cohort (one file each). */
  'bundle:exportFeedback': command<BundleExport>()(
    z.strictObject({ cohortId: idSchema, ambassadorId: idSchema.optional(), passphrase: passphraseSchema }),
    [],
  ),
  /** Trainer: a whole cohort for a second trainer laptop. */
  'bundle:exportCohort': command<BundleExport>()(
    z.strictObject({ cohortId: idSchema, includeRecordings: z.boolean(), passphrase: passphraseSchema }),
    [],
  ),
  /** "Move to a new laptop": everything, recordings included. */
  'bundle:exportEverything': command<BundleExport>()(z.strictObject({ passphrase: passphraseSchema }), []),
  /**
   * Reads a bundle's manifest without importing anything (the preview before import). A command, though it
   * changes nothing: its answer depends on the file handed over, not on stored data, so it is never cached.
   */
  'bundle:inspect': command<BundleManifest>()(
    z.strictObject({ file: bundleFileSchema, passphrase: passphraseSchema }),
    [],
  ),
  /** Imports one file, all or nothing; the page calls it once per file to show progress. */
  'bundle:import': command<ImportReport>()(
    z.strictObject({
      file: bundleFileSchema,
      passphrase: passphraseSchema,
      /** The person has been asked and agreed to add a cohort this laptop does not have yet. */
      acceptOtherCohort: z.boolean().optional(),
    }),
    ALL_DATA,
  ),
  'bundle:conflicts': query<BundleConflict[]>()(noInput, ALL_DATA),
  'bundle:resolveConflict': command<null>()(
    z.strictObject({ id: idSchema, choice: z.enum(CONFLICT_CHOICES) }),
    ALL_DATA,
  ),
};
