/**
 * `export`: an ambassador's work, a cohort, or feedback, through the bundle service, saved 0600. A cohort's
 * feedback is one file per ambassador (nobody receives another's work), so --out is then a folder.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { publicName } from '../../shared/features/ambassadors/schemas';
import type { BundleManifest } from '../../shared/features/bundles/schemas';
import type { Services } from '../backend/services';
import { writeFileAtomic } from '../pdf/write-file-atomic';
import { makePrivateDir } from '../private-files';
import { CliError, size, type CliIo } from './bundle-io';
import { findAmbassador, findCohort } from './bundle-targets';

export interface ExportOptions {
  target: { kind: 'ambassador' | 'cohort'; query: string };
  feedback: boolean;
  recordings: boolean;
  out: string;
  passphrase: string;
}

interface Exported {
  files: Array<{ fileName: string; bytes: Uint8Array }>;
  manifest: BundleManifest;
}

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** The service names files after people; anything that could leave the chosen folder is refused, not written. */
function safeFileName(name: string): string {
  if (name !== basename(name) || name.startsWith('.') || name.includes('\\'))
    throw new CliError(`refusing to write a file named "${name}"`);
  return name;
}

/** Where a single file goes: into --out if it is a folder, else --out itself (its folder must exist). */
function singleTarget(out: string, fileName: string): string {
  if (isDirectory(out)) return join(out, safeFileName(fileName));
  if (!isDirectory(dirname(out))) throw new CliError(`cannot write ${out}: the folder ${dirname(out)} does not exist`);
  return out;
}

async function runExport(services: Services, o: ExportOptions): Promise<Exported> {
  const { bundles } = services;
  if (o.target.kind === 'cohort') {
    const cohort = findCohort(services, o.target.query);
    return o.feedback
      ? bundles.exportFeedback({ cohortId: cohort.id, passphrase: o.passphrase })
      : bundles.exportCohort({ cohortId: cohort.id, includeRecordings: o.recordings, passphrase: o.passphrase });
  }
  const ambassador = findAmbassador(services, o.target.query);
  if (!o.feedback)
    return bundles.exportWork({
      ambassadorId: ambassador.id,
      includeRecordings: o.recordings,
      passphrase: o.passphrase,
    });
  if (!ambassador.cohortId)
    throw new CliError(`${publicName(ambassador)} is in no cohort, so has no feedback to return`);
  return bundles.exportFeedback({
    cohortId: ambassador.cohortId,
    ambassadorId: ambassador.id,
    passphrase: o.passphrase,
  });
}

export async function exportBundles(services: Services, options: ExportOptions, io: CliIo): Promise<number> {
  const perAmbassador = options.feedback && options.target.kind === 'cohort';
  if (perAmbassador && existsSync(options.out) && !isDirectory(options.out))
    throw new CliError(`${options.out} is a file; a cohort's feedback is one file per ambassador, so give a folder`);
  const exported = await runExport(services, options);
  if (perAmbassador) makePrivateDir(options.out);
  for (const file of exported.files) {
    const path = perAmbassador
      ? join(options.out, safeFileName(file.fileName))
      : singleTarget(options.out, file.fileName);
    await writeFileAtomic(path, file.bytes);
    io.stdout(`Wrote ${path} (${size(file.bytes.length)})`);
  }
  const { holds, kind } = exported.manifest;
  const rows = Object.values(holds.tables).reduce((sum, n) => sum + n, 0);
  io.stdout(
    `${exported.files.length === 1 ? 'A' : 'Each a'} ${kind} bundle; ${exported.files.length === 1 ? 'it' : 'the last'} holds ${rows.toLocaleString('en')} rows, ${holds.blobs} photos and recordings; recordings ${holds.recordings ? 'included' : 'left out'}.`,
  );
  return 0;
}
