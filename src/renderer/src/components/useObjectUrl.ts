import { useEffect } from 'react';

export interface BinaryFile {
  mime: string;
  bytes: Uint8Array;
}

interface Entry {
  url: string;
  users: number;
  revokeTimer: ReturnType<typeof setTimeout> | null;
}

/** One object URL per loaded file (the answer object from the cache), shared by every component showing it. */
const entries = new WeakMap<BinaryFile, Entry>();

function entryFor(file: BinaryFile): Entry {
  let entry = entries.get(file);
  if (!entry) {
    const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }));
    entry = { url, users: 0, revokeTimer: null };
    entries.set(file, entry);
  }
  return entry;
}

/**
 * A `blob:` URL for a photo, logo or recording loaded through a channel, revoked when the last component
 * showing it goes away. The revoke waits a moment, so React's development double mount (and a quick
 * re-render with the same file) keeps the same URL instead of showing a revoked one.
 */
export function useObjectUrl(file: BinaryFile | null | undefined): string | null {
  useEffect(() => {
    if (!file) return undefined;
    const entry = entryFor(file);
    entry.users += 1;
    if (entry.revokeTimer) clearTimeout(entry.revokeTimer);
    entry.revokeTimer = null;
    return () => {
      entry.users -= 1;
      if (entry.users > 0) return;
      entry.revokeTimer = setTimeout(() => {
        URL.revokeObjectURL(entry.url);
        entries.delete(file);
      }, 1000);
    };
  }, [file]);
  return file ? entryFor(file).url : null;
}
