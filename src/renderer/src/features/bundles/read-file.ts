import { BUNDLE_EXTENSION, MAX_BUNDLE_BYTES } from '../../../../shared/features/bundles/schemas';
import { formatBytes } from '../../../../shared/limits';

/** The contract's limit on a file name, in UTF-16 units as zod counts them. */
const MAX_NAME_LENGTH = 255;

export interface BundleFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads a chosen file for `bundle:import`, or says in one sentence why it is not worth sending: a file the
 * backend would refuse for its size is never read into memory. Everything else is the backend's to judge.
 */
export async function readBundleFile(
  file: File,
): Promise<{ ok: true; file: BundleFile } | { ok: false; reason: string }> {
  if (file.size === 0) return { ok: false, reason: 'The file is empty.' };
  if (file.size > MAX_BUNDLE_BYTES)
    return {
      ok: false,
      reason: `The file is ${formatBytes(file.size)}; a bundle is at most ${formatBytes(MAX_BUNDLE_BYTES)}.`,
    };
  // The name is only shown back in the report; long names are cut to what the contract accepts.
  let name = '';
  for (const char of file.name || `bundle${BUNDLE_EXTENSION}`) {
    if (name.length + char.length > MAX_NAME_LENGTH) break;
    name += char;
  }
  return { ok: true, file: { name, bytes: new Uint8Array(await file.arrayBuffer()) } };
}
