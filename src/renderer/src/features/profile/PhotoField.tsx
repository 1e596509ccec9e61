import { Avatar, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { Ambassador } from '../../../../shared/features/ambassadors/schemas';
import { formatBytes, LIMITS } from '../../../../shared/limits';
import { useApi } from '../../api/ApiProvider';
import { preparePhoto } from './photo';

interface PhotoFieldProps {
  ambassadorId: string;
  hasPhoto: boolean;
  /** Changes whenever the stored photo may have changed (the ambassador's updatedAt). */
  version: string;
  name: string;
  onChanged(ambassador: Ambassador): void;
}

/** Photo with its own save path: it is stored as soon as it is chosen, not through the text autosave. */
export function PhotoField({ ambassadorId, hasPhoto, version, name, onChanged }: PhotoFieldProps) {
  const api = useApi();
  const [photo, setPhoto] = useState<{ key: string; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resetRef = useRef<() => void>(null);
  const key = `${ambassadorId}:${version}`;

  useEffect(() => {
    if (!hasPhoto) return undefined;
    let cancelled = false;
    let url: string | null = null;
    void api['ambassador:photo']({ id: ambassadorId }).then((result) => {
      if (cancelled || !result.ok || !result.value) return;
      url = URL.createObjectURL(new Blob([result.value.bytes as Uint8Array<ArrayBuffer>], { type: result.value.mime }));
      setPhoto({ key, url });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, ambassadorId, hasPhoto, key]);

  const src = hasPhoto && photo?.key === key ? photo.url : null;

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
