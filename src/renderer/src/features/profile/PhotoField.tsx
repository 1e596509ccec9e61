import { Avatar, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { formatBytes, LIMITS } from '../../../../shared/limits';
import { useApi } from '../../api/ApiProvider';
import { useChannelQuery } from '../../api/channel-query';
import { useObjectUrl } from '../../components/useObjectUrl';
import { preparePhoto } from './photo';

interface PhotoFieldProps {
  ambassadorId: string;
  hasPhoto: boolean;
  name: string;
  onChanged(ambassador: Ambassador): void;
}

/** Photo with its own save path: it is stored as soon as it is chosen, not through the text autosave. */
export function PhotoField({ ambassadorId, hasPhoto, name, onChanged }: PhotoFieldProps) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resetRef = useRef<() => void>(null);
  // Refreshed by the backend's answer to setPhoto/removePhoto (they change the ambassador).
  const photo = useChannelQuery('ambassador:photo', hasPhoto ? { id: ambassadorId } : null);
  const url = useObjectUrl(photo.data);
  const src = hasPhoto ? url : null;

  const choose = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setBusy(true);
    setError(null);
    const bytes = await preparePhoto(file);
    const result = await api['ambassador:setPhoto']({ id: ambassadorId, bytes });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onChanged(result.value);
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    const result = await api['ambassador:removePhoto']({ id: ambassadorId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onChanged(result.value);
  };

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id="photo-label">
        Photo
      </Text>
      <Group gap="lg" align="center">
        <Avatar
          src={src}
          alt={src ? `Photo of ${name}` : undefined}
          name={name}
          size={96}
          radius="md"
          color="indigo"
          variant="filled"
          aria-hidden={src ? undefined : true}
        />
        <Stack gap="xs">
          <Group gap="sm">
            <FileButton onChange={(file) => void choose(file)} accept="image/*" resetRef={resetRef} inputProps={{ 'aria-label': 'Photo file' }}>
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconPhoto size={18} aria-hidden />} loading={busy} aria-describedby="photo-label photo-help">
                  Choose photo
                </Button>
              )}
            </FileButton>
            {hasPhoto ? (
              <Button variant="default" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => void remove()} disabled={busy}>
                Remove photo
              </Button>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" id="photo-help" maw={520}>
            JPEG, PNG, WebP or GIF, up to {formatBytes(LIMITS.photoBytes)}. The photo is made smaller before it is saved, which
            also removes hidden details such as where it was taken.
          </Text>
        </Stack>
      </Group>
      {error ? (
        <Text role="alert" size="sm" style={{ color: 'var(--mantine-color-error)' }}>
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
