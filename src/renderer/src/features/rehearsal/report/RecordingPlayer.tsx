import { Group, Loader, Text } from '@mantine/core';
import { useChannelQuery } from '../../../api/channel-query';
import { useRecordingUrl } from '../audio/useRecordingUrl';
import { TakePlayer } from '../video/TakePlayer';

/** Loads a take's recording from the database and plays it (sound or video) with its known length (see MediaPlayer). */
export function RecordingPlayer({
  takeId,
  durationMs,
  label,
}: {
  takeId: string;
  /** The take's measured length (knownDurationMs), for files that do not carry one. */
  durationMs: number;
  label: string;
}) {
  const recording = useChannelQuery('rehearsal:recording', { takeId });
  const url = useRecordingUrl(recording.data, durationMs);

  if (recording.error) return <Text size="sm">The recording could not be loaded: {recording.error.message}</Text>;
  if (recording.data === null) return <Text size="sm">No recording for this answer.</Text>;
  if (!url) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">Loading the recording…</Text>
      </Group>
    );
  }
  return <TakePlayer mime={recording.data?.mime} src={url} knownDurationMs={durationMs} label={label} />;
}
