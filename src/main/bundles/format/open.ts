/**
 * The first half of reading a bundle, shared by reading and inspecting: size, decryption, the zip's directory,
 * and the manifest. Only the manifest is inflated here.
 */
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  manifestSchema,
  type BundleManifest,
} from '../../../shared/features/bundles/schemas';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { decryptZip } from './encryption';
import { isJsonObject } from './jsonl';
import { bundleLimits, MANIFEST_PATH, type BundleLimits } from './limits';
import { refuse } from './refusals';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { checkEntries, inflateEntry } from './zip-safety';

export interface OpenedBundle {
  zip: Uint8Array;
  entries: ZipEntry[];
  manifest: BundleManifest;
}

function parseManifest(bytes: Uint8Array): BundleManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('MANIFEST_INVALID');
  }
  // Versions first: a newer format may well have fields this version's strict schema does not know.
  if (isJsonObject(json) && json.format === BUNDLE_FORMAT) {
    const { formatVersion, schemaVersion } = json;
    if (typeof formatVersion === 'number' && formatVersion > BUNDLE_FORMAT_VERSION)
      throw refuse('NEWER_FORMAT', { found: formatVersion, expected: BUNDLE_FORMAT_VERSION });
    if (typeof schemaVersion === 'number' && schemaVersion > LATEST_SCHEMA_VERSION)
      throw refuse('NEWER_SCHEMA', { found: schemaVersion, expected: LATEST_SCHEMA_VERSION });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'manifest';
    throw refuse('MANIFEST_INVALID', { found: `${where}: ${issue?.message ?? 'invalid'}`.slice(0, 160) });
  }
  return parsed.data;
}

export async function openBundle(
  bytes: Uint8Array,
  passphrase: string,
  overrides: Partial<BundleLimits> = {},
): Promise<OpenedBundle> {
  const limits = bundleLimits(overrides);
  if (bytes.length > limits.maxFileBytes) throw refuse('FILE_TOO_LARGE', { limit: limits.maxFileBytes });
  const zip = await decryptZip(bytes, passphrase, limits.maxLogN);
  const entries = readZipDirectory(zip, limits.maxEntries);
  checkEntries(entries, limits);
  const manifestEntry = entries.find((entry) => entry.name === MANIFEST_PATH);
  if (!manifestEntry) throw refuse('MANIFEST_MISSING');
  return { zip, entries, manifest: parseManifest(inflateEntry(zip, manifestEntry)) };
}
