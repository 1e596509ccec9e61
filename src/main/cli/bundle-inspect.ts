/** `inspect`: a bundle's manifest, readably, without a data folder and without importing anything. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_BUNDLE_BYTES, type BundleManifest } from '../../shared/features/bundles/schemas';
import { readManifest } from '../bundles/format';
import { CliError, size, type CliIo } from './bundle-io';

const KINDS: Record<BundleManifest['kind'], string> = {
  work: "an ambassador's work, for their trainer",
  feedback: 'a trainer’s feedback, for one ambassador',
  cohort: 'a whole cohort, for another trainer laptop',
  move: 'everything on a laptop, for moving to a new one',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The bytes of a bundle file, refusing a file too large to be one before reading it into memory. */
export function readBundleFile(path: string): Uint8Array {
  try {
    if (statSync(path).size > MAX_BUNDLE_BYTES)
      throw new CliError(`${basename(path)} is larger than ${size(MAX_BUNDLE_BYTES)}, the most a bundle may be`);
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${path} (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
}

export function describeManifest(manifest: BundleManifest): string[] {
  const { holds } = manifest;
  const tables = Object.entries(holds.tables)
    .filter(([, rows]) => rows > 0)
    .map(([table, rows]) => `${table} ${rows.toLocaleString('en')}`);
  const made = manifest.createdAt.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  return [
    `Kind:        ${manifest.kind} (${KINDS[manifest.kind]})`,
    `Cohort:      ${manifest.cohort ? `${manifest.cohort.name} (${manifest.cohort.id})` : 'several (a whole laptop)'}`,
    `Made:        ${made} by Ambassador Studio ${manifest.appVersion} on device ${manifest.device}`,
    `Versions:    data ${manifest.schemaVersion}, bundle format ${manifest.formatVersion}`,
    `Ambassadors: ${manifest.ambassadors.map((a) => a.publicName).join(', ') || 'none'}`,
    `Rows:        ${tables.join(', ') || 'none'}`,
    `Also:        ${plural(holds.tombstones, 'deletion')}, ${plural(holds.blobs, 'photo or recording', 'photos and recordings')} (${size(holds.blobBytes)}), recordings ${holds.recordings ? 'included' : 'left out'}`,
  ];
}

export async function inspectBundle(path: string, passphrase: string, io: CliIo): Promise<number> {
  const bytes = readBundleFile(path);
  const manifest = await readManifest(bytes, passphrase);
  io.stdout(`${basename(path)} (${size(bytes.length)})`);
  for (const line of describeManifest(manifest)) io.stdout(`  ${line}`);
  return 0;
}
