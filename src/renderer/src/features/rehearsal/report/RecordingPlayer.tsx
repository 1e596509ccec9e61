import { Group, Loader, Text } from '@mantine/core';
import { useChannelQuery } from '../../../api/channel-query';
import { AudioPlayer } from '../audio/AudioPlayer';
import { useRecordingUrl } from '../audio/useRecordingUrl';

/** Loads a take's recording from the database and plays it with its known length (see AudioPlayer). */
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
  return <AudioPlayer src={url} knownDurationMs={durationMs} label={label} />;
}
