import type { RehearsalSession } from '../../../../shared/features/rehearsal/schemas';
import { formatBytes } from '../../../../shared/limits';

/** The rate answers are recorded at (rehearsal/audio/recorder.ts), to say roughly how large recordings make a file. */
const RECORDING_BYTES_PER_SECOND = 64_000 / 8;

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 recordings, about 4 minutes (roughly 1.9 MB)", or that there are none. */
export function recordingsHint(sessions: RehearsalSession[]): string {
  const takes = sessions.flatMap((s) => s.takes).filter((t) => t.hasRecording);
  if (takes.length === 0) return 'You have no recordings yet.';
  const ms = takes.reduce((sum, t) => sum + t.durationMs, 0);
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const bytes = Math.round((ms / 1000) * RECORDING_BYTES_PER_SECOND);
  return `${plural(takes.length, 'recording', 'recordings')}, about ${plural(minutes, 'minute', 'minutes')} (roughly ${formatBytes(bytes)}). They make the file larger.`;
}
