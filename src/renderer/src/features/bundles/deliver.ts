/**
 * What happened to a written bundle. The desktop app saved it through its own save window (the path, or null
 * when the person closed the window); browser mode got the encrypted bytes back and downloads them here.
 */
import type { BundleDelivery } from '../../../../shared/features/bundles/schemas';
import { downloadFile } from '../../components/download';

export type BundleOutcome =
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'saved'; fileName: string; path: string }
  | { kind: 'cancelled'; fileName: string };

/** The bytes are already encrypted: a download is a plain binary file, nothing the browser should open. */
const BUNDLE_MIME = 'application/octet-stream';

/** Finishes one file on this side: starts its download in browser mode, or reads the desktop app's answer. */
export function receiveBundle(delivery: BundleDelivery): BundleOutcome {
  if (delivery.mode === 'download') {
    downloadFile(delivery.fileName, delivery.bytes as Uint8Array<ArrayBuffer>, BUNDLE_MIME);
    return { kind: 'downloaded', fileName: delivery.fileName };
  }
  return delivery.path === null
    ? { kind: 'cancelled', fileName: delivery.fileName }
    : { kind: 'saved', fileName: delivery.fileName, path: delivery.path };
}

function quoted(outcomes: BundleOutcome[]): string {
  return outcomes.map((o) => `“${o.fileName}”`).join(', ');
}

/** One line for the status after an export, whatever happened to each of its files. */
export function describeBundleOutcomes(outcomes: BundleOutcome[]): string {
  const downloaded = outcomes.filter((o) => o.kind === 'downloaded');
  const saved = outcomes.filter((o): o is Extract<BundleOutcome, { kind: 'saved' }> => o.kind === 'saved');
  const cancelled = outcomes.filter((o) => o.kind === 'cancelled');
  const parts: string[] = [];
  if (downloaded.length === 1) parts.push(`Downloading as ${quoted(downloaded)}. Look in your Downloads folder.`);
  else if (downloaded.length > 1)
    parts.push(`Downloading ${downloaded.length} files: ${quoted(downloaded)}. Look in your Downloads folder.`);
  if (saved.length > 0) parts.push(`Saved to ${saved.map((o) => o.path).join(', ')}.`);
  if (cancelled.length > 0)
    parts.push(
      cancelled.length === outcomes.length
        ? 'Not saved: the save window was closed. Try again when you are ready.'
        : `Not saved (the save window was closed): ${quoted(cancelled)}.`,
    );
  return parts.join(' ') || 'Nothing to save.';
}
