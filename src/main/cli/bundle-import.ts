/** `import`: each file in turn through the bundle service, with its report; exit 1 when any was refused. */
import { basename } from 'node:path';
import type { ImportReport } from '../../shared/features/bundles/schemas';
import { AppError } from '../../shared/result';
import type { Services } from '../backend/services';
import { CliError, oneLine, type CliIo } from './bundle-io';
import { describeManifest, readBundleFile } from './bundle-inspect';

export interface ImportOptions {
  files: string[];
  passphrase: string;
  acceptOtherCohort: boolean;
}

function printReport(report: ImportReport, io: CliIo): void {
  if (report.outcome === 'refused') {
    io.stdout(`Refused ${report.file}: ${oneLine(report.reason)}`);
    if (report.otherCohort)
      io.stdout(
        `  To add the cohort "${report.otherCohort.name}" to this laptop, run again with --accept-other-cohort.`,
      );
    return;
  }
  io.stdout(`Imported ${report.file}`);
  for (const line of describeManifest(report.manifest)) io.stdout(`  ${line}`);
  for (const [table, c] of Object.entries(report.tables)) {
    io.stdout(
      `  ${table}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.deleted} deleted, ${c.conflicts} conflicts`,
    );
  }
  if (report.conflicts.length > 0) {
    io.stdout(
      `  ${report.conflicts.length} changed on both laptops; both versions are kept until someone chooses in the app:`,
    );
    for (const conflict of report.conflicts) io.stdout(`    ${oneLine(conflict.label)}`);
  }
  if (report.backupPath) io.stdout(`  Backup made first: ${report.backupPath}`);
}

export async function importBundles(services: Services, options: ImportOptions, io: CliIo): Promise<number> {
  let refused = 0;
  for (const path of options.files) {
    let report: ImportReport;
    try {
      const bytes = readBundleFile(path);
      report = await services.bundles.importBundle({
        file: { name: basename(path), bytes },
        passphrase: options.passphrase,
        acceptOtherCohort: options.acceptOtherCohort,
      });
    } catch (error) {
      // One unreadable or refused file does not stop the others; the run still ends with exit 1.
      if (!(error instanceof CliError || error instanceof AppError)) throw error;
      report = { file: basename(path), outcome: 'refused', reason: error.message };
    }
    if (report.outcome === 'refused') refused += 1;
    printReport(report, io);
  }
  if (options.files.length > 1)
    io.stdout(`${options.files.length - refused} of ${options.files.length} files imported.`);
  return refused > 0 ? 1 : 0;
}
