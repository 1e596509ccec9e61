import { useEffect, useState } from 'react';
import { withDuration } from './webm-duration';

export interface StoredRecording {
  mime: string;
  bytes: Uint8Array;
}

/**
 * A `blob:` URL for a stored recording, with its length written in first: recordings saved before lengths
 * were written (or by another laptop) then play and seek like new ones. Freed when the recording changes or
 * the player goes away.
 */
export function useRecordingUrl(recording: StoredRecording | null | undefined, durationMs: number): string | null {
  const [made, setMade] = useState<{ from: StoredRecording; url: string } | null>(null);
  useEffect(() => {
    if (!recording) return undefined;
    let cancelled = false;
    let url: string | null = null;
    const blob = new Blob([recording.bytes as Uint8Array<ArrayBuffer>], { type: recording.mime });
    void withDuration(blob, durationMs).then((fixed) => {
      if (cancelled) return;
      url = URL.createObjectURL(fixed);
      setMade({ from: recording, url });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [recording, durationMs]);
  return made && made.from === recording ? made.url : null;
}
