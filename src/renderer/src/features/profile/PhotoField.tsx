import { Avatar, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { formatBytes, LIMITS } from '../../../../shared/limits';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import type { Result } from '../../api/result';
import { useObjectUrl } from '../../components/useObjectUrl';
import { preparePhoto } from './photo';

interface PhotoFieldProps {
  ambassadorId: string;
  /** From the stored profile, which is read again after every photo change. */
  hasPhoto: boolean;
  name: string;
}

/** Photo with its own save path: it is stored as soon as it is chosen, not through the text autosave. */
export function PhotoField({ ambassadorId, hasPhoto, name }: PhotoFieldProps) {
  const setPhoto = useChannelMutation('ambassador:setPhoto');
  const removePhoto = useChannelMutation('ambassador:removePhoto');
  // Shrinking the picture happens here, before any call, so the call's busy state cannot cover it.
  const [preparing, setPreparing] = useState(false);
  // One line for the last attempt, whichever button it was: an older failure must not linger after a success.
  const [error, setError] = useState<string | null>(null);
  const busy = preparing || setPhoto.busy || removePhoto.busy;
  const resetRef = useRef<() => void>(null);
  // Refreshed by the backend's answer to setPhoto/removePhoto (they change the ambassador).
  const photo = useChannelQuery('ambassador:photo', hasPhoto ? { id: ambassadorId } : null);
  const url = useObjectUrl(photo.data);
  const src = hasPhoto ? url : null;

  const report = (result: Result<unknown>) => setError(result.ok ? null : result.error.message);

  const choose = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setError(null);
    setPreparing(true);
    const bytes = await preparePhoto(file);
    setPreparing(false);
    report(await setPhoto.run({ id: ambassadorId, bytes }));
  };

  const remove = async () => {
    setError(null);
    report(await removePhoto.run({ id: ambassadorId }));
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
            <FileButton
              onChange={(file) => void choose(file)}
              accept="image/*"
              resetRef={resetRef}
              inputProps={{ 'aria-label': 'Photo file' }}
            >
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  leftSection={<IconPhoto size={18} aria-hidden />}
                  loading={busy}
                  aria-describedby="photo-label photo-help"
                >
                  Choose photo
                </Button>
              )}
            </FileButton>
            {hasPhoto ? (
              <Button
                variant="default"
                leftSection={<IconTrash size={18} aria-hidden />}
                onClick={() => void remove()}
                disabled={busy}
              >
                Remove photo
              </Button>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" id="photo-help" maw={520}>
            JPEG, PNG, WebP or GIF, up to {formatBytes(LIMITS.photoBytes)}. The photo is made smaller before it is
            saved, which also removes hidden details such as where it was taken.
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
