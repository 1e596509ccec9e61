/** How long a download's object URL is kept, so a slow browser can still read it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Hands a file to the person through a temporary `<a download>` link: the browser's own download in browser
 * mode, and Electron's download handling in the desktop app.
 */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
