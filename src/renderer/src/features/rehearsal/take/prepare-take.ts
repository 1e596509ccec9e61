import { MAX_RECORDING_BYTES, type TakeMetrics } from '../../../../../shared/features/rehearsal/schemas';
import { formatBytes } from '../../../../../shared/limits';
import { analyseRecording } from '../audio/analyse-recording';
import type { Recording } from '../audio/recorder';

export interface PreparedTake {
  recording?: { mime: string; bytes: Uint8Array };
  metrics?: TakeMetrics;
  /** Something the person should know about this take (kept short and calm). */
  notice: string | null;
}

/** Measures a recording on this laptop and readies it for saving. Never throws: a take is worth keeping even unmeasured. */
export async function prepareTake(recording: Recording | null): Promise<PreparedTake> {
  if (!recording || recording.blob.size === 0) return { notice: null };
  let metrics: TakeMetrics | undefined;
  let notice: string | null = null;
  try {
    metrics = await analyseRecording(recording.blob);
  } catch {
    notice = 'We could not measure this recording, so only the answer time is shown. You can still listen to it.';
  }
  if (recording.blob.size > MAX_RECORDING_BYTES) {
    return {
      ...(metrics ? { metrics } : {}),
      notice: `This recording is too large to keep (over ${formatBytes(MAX_RECORDING_BYTES)}), so only its timing and measures are saved.`,
    };
  }
  const bytes = new Uint8Array(await recording.blob.arrayBuffer());
  return { recording: { mime: recording.mime, bytes }, ...(metrics ? { metrics } : {}), notice };
}
