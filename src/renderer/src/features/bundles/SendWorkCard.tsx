import { Button, Checkbox, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useChannelMutation, useChannelQuery } from '../../api/channel-query';
import { useAccess } from '../access/queries';
import { ExportStatusLine, useExportStatus } from './ExportStatus';
import { OpenFeedback } from './OpenFeedback';
import { NEEDS_PASSPHRASE, PassphraseField, passphraseReady } from './PassphraseField';
import { MoveLaptop } from './TrainerExports';
import { plural, recordingsHint } from './work-summary';

export const PASSPHRASE_HELP =
  'The passphrase your trainer gave the cohort. The file is encrypted with it: nobody can open it without the passphrase.';

/** What the file will hold, in words, from the same lists the exercises show. */
function WhatIsSent({ ambassadorId, includeRecordings }: { ambassadorId: string; includeRecordings: boolean }) {
  const houses = useChannelQuery('house:list', { ambassadorId });
  // Only the count is shown: one row of the paged list carries it, instead of every quote in full.
  const quotes = useChannelQuery('quote:summaries', { ambassadorId, offset: 0, limit: 1 });
  const sessions = useChannelQuery('rehearsal:list', { ambassadorId });
  const count = (n: number | undefined, one: string, many: string) =>
    n === undefined ? `… ${many}` : plural(n, one, many);
  return (
    <Stack gap={4}>
      <Text fw={600} id="send-work-contents">
        The file will hold:
      </Text>
      <List spacing={2} aria-labelledby="send-work-contents" data-testid="send-work-contents">
        <List.Item>
          Your profile, including your safeguarding details (private details and topics you decline)
        </List.Item>
        <List.Item>{count(houses.data?.length, 'Message House', 'Message Houses')}</List.Item>
        <List.Item>{count(quotes.data?.total, 'press quote', 'press quotes')}</List.Item>
        <List.Item>
          {count(sessions.data?.length, 'rehearsal session', 'rehearsal sessions')}
          {includeRecordings ? ', with their recordings' : ', without recordings'}
        </List.Item>
      </List>
    </Stack>
  );
}

/**
 * "Send my work to my trainer" (on Home): for an ambassador who practises on their own laptop and a trainer who
 * reviews on another. One encrypted file, downloaded (browser) or saved where they choose (desktop app); the
 * trainer's feedback comes back the same way and is opened here too.
 */
export function SendWorkCard({ ambassadorId }: { ambassadorId: string }) {
  const access = useAccess();
  const [passphrase, setPassphrase] = useState('');
  const [includeRecordings, setIncludeRecordings] = useState(false);
  const sessions = useChannelQuery('rehearsal:list', { ambassadorId });
  const send = useChannelMutation('bundle:exportWork');
  const status = useExportStatus();
  const typed = passphraseReady(passphrase);
  const ownLaptop = access.data?.laptopKind === 'own';

  const run = async () => {
    status.clear();
    status.finish(await send.run({ ambassadorId, includeRecordings, passphrase }));
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="send-work-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="send-work-heading">
          Send my work to my trainer
        </Title>
        <Text maw={720}>
          If your trainer reviews on another laptop, send them your work as one file (on a USB stick or by email). The
          file is encrypted: it can only be opened with the cohort passphrase.
        </Text>
        <WhatIsSent ambassadorId={ambassadorId} includeRecordings={includeRecordings} />
        <PassphraseField value={passphrase} onChange={setPassphrase} description={PASSPHRASE_HELP} />
        <Checkbox
          label="Include recordings"
          description={sessions.data ? recordingsHint(sessions.data) : 'They make the file larger.'}
          checked={includeRecordings}
          onChange={(event) => setIncludeRecordings(event.currentTarget.checked)}
        />
        <Group gap="sm">
          <Button
            leftSection={<IconSend size={18} aria-hidden />}
            onClick={() => void run()}
            loading={send.busy}
            disabled={!typed}
          >
            Send my work
          </Button>
          {typed ? null : (
            <Text size="sm" c="dimmed">
              {NEEDS_PASSPHRASE}
            </Text>
          )}
        </Group>
        <ExportStatusLine
          status={status}
          busy={send.busy}
          failedTitle="Your work was not sent"
          testId="send-work-status"
        />

        <OpenFeedback passphrase={passphrase} />
        {ownLaptop ? <MoveLaptop passphrase={passphrase} reason={typed ? null : NEEDS_PASSPHRASE} /> : null}
      </Stack>
    </Paper>
  );
}
