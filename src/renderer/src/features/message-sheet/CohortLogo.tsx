import { Button, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import { formatBytes, LIMITS } from '../../../../shared/limits';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import type { Result } from '../../api/result';
import { useObjectUrl } from '../../components/useObjectUrl';
import { useAccess } from '../access/queries';

/**
 * The cohort's logo, printed on every sheet and the press pack's cover: stored as soon as it is chosen. Only a
 * trainer may change it, so ambassador mode shows it with the reason instead of buttons the backend would refuse.
 */
export function CohortLogo({ cohort }: { cohort: Cohort }) {
  const { isTrainer } = useAccess();
  // Refreshed when the logo is set or removed (both change the sheet data).
  const logo = useChannelQuery('sheet:logo', { cohortId: cohort.id });
  const src = useObjectUrl(logo.data);
  const setLogo = useChannelMutation('sheet:setLogo');
  const removeLogo = useChannelMutation('sheet:removeLogo');
  const busy = setLogo.busy || removeLogo.busy;
  // One line for the last attempt, whichever button it was: an older failure must not linger after a success.
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const resetRef = useRef<() => void>(null);

  const report = (result: Result<unknown>, done: string) => {
    setError(result.ok ? null : result.error.message);
    if (result.ok) setStatus(done);
  };

  const choose = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setError(null);
    setStatus('');
    // Sent as it is (no redrawing), so a transparent logo stays transparent; the backend checks it is an image.
    const bytes = new Uint8Array(await file.arrayBuffer());
    report(
      await setLogo.run({ cohortId: cohort.id, bytes }),
      'Logo saved. It appears at the top of every sheet in this cohort.',
    );
  };

  const remove = async () => {
    setError(null);
    report(await removeLogo.run({ cohortId: cohort.id }), 'Logo removed.');
  };

  const organisation = cohort.organisation.trim() || cohort.name.trim();
  return (
    <Stack gap="xs">
      <Text fw={500} id="pack-logo-label">
        Logo
      </Text>
      <Group gap="md" align="center">
        {src ? (
          <Image src={src} alt={`Logo of ${organisation}`} h={56} w="auto" maw={180} fit="contain" />
        ) : (
          <Text size="sm" c="dimmed">
            {logo.data === undefined && !logo.error ? 'Checking for a logo…' : 'No logo yet.'}
          </Text>
        )}
        {isTrainer ? (
          <FileButton
            onChange={(file) => void choose(file)}
            accept="image/png,image/jpeg,image/webp,image/gif"
            resetRef={resetRef}
            inputProps={{ 'aria-label': 'Logo file' }}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconPhoto size={18} aria-hidden />}
                loading={busy}
                aria-describedby="pack-logo-label pack-logo-help"
              >
                {src ? 'Change logo' : 'Choose logo'}
              </Button>
            )}
          </FileButton>
        ) : null}
        {isTrainer && src ? (
          <Button
            variant="default"
            leftSection={<IconTrash size={18} aria-hidden />}
            onClick={() => void remove()}
            disabled={busy}
          >
            Remove logo
          </Button>
        ) : null}
      </Group>
      {isTrainer ? (
        <Text size="sm" c="dimmed" id="pack-logo-help">
          PNG, JPEG, WebP or GIF, up to {formatBytes(LIMITS.photoBytes)}. It is printed on every sheet of this cohort
          and on the cover.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Only a trainer can change the cohort’s logo. Unlock trainer mode to change it.
        </Text>
      )}
      {error ? (
        <Text role="alert" size="sm" style={{ color: 'var(--mantine-color-error)' }}>
          {error}
        </Text>
      ) : null}
      <Text role="status" size="sm">
        {status}
      </Text>
    </Stack>
  );
}
