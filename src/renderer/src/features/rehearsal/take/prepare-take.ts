import { maxRecordingBytes, type TakeMetrics } from '../../../../../shared/features/rehearsal/schemas';
import { formatBytes } from '../../../../../shared/limits';
import { analyseRecording } from '../audio/analyse-recording';
import type { Recording } from '../audio/recorder';
import { knownDurationMs, withDuration } from '../audio/webm-duration';

export interface PreparedTake {
  recording?: { mime: string; bytes: Uint8Array };
  metrics?: TakeMetrics;
  /** The recording to listen back to now, with its length written in (the same bytes as `recording`). */
  playback?: Blob;
  /** Something the person should know about this take (kept short and calm). */
  notice: string | null;
}

/**
 * Measures a recording on this laptop and readies it for saving, with its length written into the file (the
 * decoded length, else `clockMs` from the answer clock). Never throws: a take is worth keeping even unmeasured.
 */
export async function prepareTake(recording: Recording | null, clockMs = 0): Promise<PreparedTake> {
  if (!recording || recording.blob.size === 0) return { notice: null };
  let metrics: TakeMetrics | undefined;
  let notice: string | null = null;
  try {
    metrics = await analyseRecording(recording.blob);
  } catch {
    notice = 'We could not measure this recording, so only the answer time is shown. You can still listen to it.';
  }
  const playback = await withDuration(
    recording.blob,
    knownDurationMs({ durationMs: clockMs, metrics: metrics ?? null }),
  );
  // A camera take may be larger than a sound one; its audio track is measured the same way.
  const maxBytes = maxRecordingBytes(recording.mime);
  if (playback.size > maxBytes) {
    return {
      ...(metrics ? { metrics } : {}),
      playback,
      notice: `This recording is too large to keep (over ${formatBytes(maxBytes)}), so only its timing and measures are saved.`,
    };
  }
  const bytes = new Uint8Array(await playback.arrayBuffer());
  return { recording: { mime: recording.mime, bytes }, ...(metrics ? { metrics } : {}), playback, notice };
}
