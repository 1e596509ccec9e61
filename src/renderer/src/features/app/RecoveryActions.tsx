import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RecoveryCopy } from '../../../../shared/features/app/channels';
import { useChannelMutation } from '../../api/channel-query';
import { FailureAlert } from '../../components/FailureAlert';
import { Note } from '../../components/Note';

/**
 * The two things a person can do from the recovery screen. "Make a recovery copy" keeps the file exactly as it is
 * before they try anything else; "Try again" asks the backend to open the file again (after closing the other copy,
 * freeing space…), and when it opens every answer on screen reloads and the app carries on, with no restart.
 */
export function RecoveryActions() {
  const copy = useChannelMutation('app:recoveryCopy');
  const retry = useChannelMutation('app:retry');
  const [made, setMade] = useState<RecoveryCopy | null>(null);
  const [stillFailing, setStillFailing] = useState(false);

  const makeCopy = async () => {
    const result = await copy.run({});
    setMade(result.ok ? result.value : null);
  };
  const tryAgain = async () => {
    setStillFailing(false);
    const result = await retry.run({});
    // When it opened, app:status has reloaded to 'ready' and this screen is gone; otherwise say that nothing changed.
    if (result.ok && result.value.state === 'error') setStillFailing(true);
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button size="md" variant="default" loading={copy.busy} onClick={() => void makeCopy()}>
          Make a recovery copy
        </Button>
        <Button size="md" loading={retry.busy} onClick={() => void tryAgain()}>
          Try again
        </Button>
      </Group>
      {made ? (
        <Note title="Recovery copy made">
          <Text>
            {made.files.length === 1
              ? 'The data file was'
              : `The data file and ${made.files.length - 1} files beside it were`}{' '}
            copied, unchanged, into this folder. Keep it until your work is back:
          </Text>
          <Code block data-testid="recovery-copy-folder">
            {made.folder}
          </Code>
        </Note>
      ) : null}
      {copy.error ? <FailureAlert title="No recovery copy was made" message={copy.error.message} /> : null}
      {retry.error ? <FailureAlert title="The file could not be opened" message={retry.error.message} /> : null}
      {stillFailing ? (
        <Text role="status">It still could not be opened. Nothing was changed; the reason is shown above.</Text>
      ) : null}
    </Stack>
  );
}
