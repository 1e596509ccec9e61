import { Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useApi } from '../../../api/ApiProvider';

/** Loads a take's recording from the database and plays it from a blob: URL (freed again on unmount). */
export function RecordingPlayer({ takeId, label }: { takeId: string; label: string }) {
  const api = useApi();
  const [state, setState] = useState<{ takeId: string; url: string | null; error: string | null } | null>(null);

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    void api['rehearsal:recording']({ takeId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setState({ takeId, url: null, error: result.error.message });
      if (!result.value) return setState({ takeId, url: null, error: null });
      url = URL.createObjectURL(new Blob([result.value.bytes as Uint8Array<ArrayBuffer>], { type: result.value.mime }));
      setState({ takeId, url, error: null });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, takeId]);

  if (!state || state.takeId !== takeId) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" aria-hidden />
        <Text size="sm">Loading the recording…</Text>
      </Group>
    );
  }
  if (state.error) return <Text size="sm">The recording could not be loaded: {state.error}</Text>;
  if (!state.url) return <Text size="sm">No recording for this answer.</Text>;
  return <audio controls src={state.url} aria-label={label} style={{ width: '100%' }} />;
}
