import { Group, Loader, Text } from '@mantine/core';
import { useChannelQuery } from '../../../api/channel-query';
import { useObjectUrl } from '../../../components/useObjectUrl';

/** Loads a take's recording from the database and plays it from a blob: URL (freed again on unmount). */
export function RecordingPlayer({ takeId, label }: { takeId: string; label: string }) {
  const recording = useChannelQuery('rehearsal:recording', { takeId });
  const url = useObjectUrl(recording.data);

  if (recording.error) return <Text size="sm">The recording could not be loaded: {recording.error.message}</Text>;
  if (recording.data === undefined) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">Loading the recording…</Text>
      </Group>
    );
  }
  if (!url) return <Text size="sm">No recording for this answer.</Text>;
  return <audio controls src={url} aria-label={label} style={{ width: '100%' }} />;
}
