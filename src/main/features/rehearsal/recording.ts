import type { MediaRepository } from '../../db/media';

/**
 * Stores an answer's recording, if it has one, and answers the media id its take points at. One place for the
 * practice and the hot-seat answers, inside their transactions. Camera takes are stored the same way, as kind
 * 'audio' (the media table's word for "a recording"; its mime says video/webm), so erasure, the Trash and bundles
 * treat them exactly as sound recordings.
 */
export function storeRecording(
  media: MediaRepository,
  newId: () => string,
  recording: { mime: string; bytes: Uint8Array } | undefined,
  now: string,
): string | null {
  if (!recording) return null;
  const id = newId();
  media.insert(id, 'audio', recording.mime, recording.bytes, now);
  return id;
}
