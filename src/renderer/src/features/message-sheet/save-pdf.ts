/**
 * Saving a printed PDF: the desktop app shows its own save window (file:savePdf answers with the path, or null
 * when the person closed it); browser mode answers "download" and the page downloads the bytes itself.
 */
import type { StudioApi } from '../../../../shared/contract';
import type { AppErrorShape } from '../../api/result';

export type SaveOutcome =
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: AppErrorShape };

/** How long a download's object URL is kept, so a slow browser can still read it. */
const REVOKE_AFTER_MS = 60_000;

/** Starts a browser download of the bytes through a temporary `<a download>` link. */
export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export async function savePdf(
  api: StudioApi,
  pdf: { title: string; fileName: string; bytes: Uint8Array },
): Promise<SaveOutcome> {
  const result = await api['file:savePdf']({ title: pdf.title, bytes: pdf.bytes });
  if (!result.ok) return { kind: 'failed', error: result.error };
  if (result.value.mode === 'download') {
    downloadPdf(pdf.bytes, pdf.fileName);
    return { kind: 'downloaded', fileName: pdf.fileName };
  }
  return result.value.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: result.value.path };
}

/** One sentence for the status line after saving. */
export function describeSave(outcome: Exclude<SaveOutcome, { kind: 'failed' }>, what: string): string {
  switch (outcome.kind) {
    case 'downloaded':
      return `${what} is downloading as “${outcome.fileName}”. Look in your Downloads folder.`;
    case 'saved':
      return `Saved to ${outcome.path}`;
    case 'cancelled':
      return 'Not saved: the save window was closed. Export again when you are ready.';
  }
}
