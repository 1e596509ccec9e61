/**
 * What happened to an exported PDF. The desktop app saved it where it was made, through its own save window
 * (the path, or null when the person closed the window); browser mode got the bytes back and downloads them.
 */
import type { PdfDelivery } from '../../../../shared/features/message-sheet/api';
import type { AppErrorShape } from '../../api/result';
import { downloadFile } from '../../components/download';

export type SaveOutcome =
  { kind: 'downloaded'; fileName: string } | { kind: 'saved'; path: string } | { kind: 'cancelled' };

/** Finishes an export on this side: starts the download in browser mode, or reads the desktop app's answer. */
export function receivePdf(made: { fileName: string; delivery: PdfDelivery }): SaveOutcome {
  const { delivery } = made;
  if (delivery.mode === 'download') {
    downloadFile(made.fileName, delivery.bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
    return { kind: 'downloaded', fileName: made.fileName };
  }
  return delivery.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: delivery.path };
}

/** Whether a failed export was made but not saved: the desktop app's save step failed (e.g. a full disk). */
export function failedToSave(error: AppErrorShape): boolean {
  return error.code === 'NOT_SAVED';
}

/** One sentence for the status line after saving. */
export function describeSave(outcome: SaveOutcome, what: string): string {
  switch (outcome.kind) {
    case 'downloaded':
      return `${what} is downloading as “${outcome.fileName}”. Look in your Downloads folder.`;
    case 'saved':
      return `Saved to ${outcome.path}`;
    case 'cancelled':
      return 'Not saved: the save window was closed. Export again when you are ready.';
  }
}
