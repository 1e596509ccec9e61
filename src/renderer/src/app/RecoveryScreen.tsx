import { Button, Code, Container, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { AppStatus } from '../../../shared/features/app/channels';
import type { AppErrorShape } from '../api/result';
import { Note } from '../components/Note';
import { RecoveryActions } from '../features/app/RecoveryActions';

type ErrorStatus = Extract<AppStatus, { state: 'error' }>;

function backupsFolder(dataDir: string): string {
  const separator = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  return `${dataDir.replace(/[\\/]+$/u, '')}${separator}backups`;
}

function Explanation({ status }: { status: ErrorStatus }) {
  switch (status.code) {
    case 'DB_NEWER':
      return (
        <Stack gap="sm">
          <Text size="lg">
            Your work was saved by a newer version of Ambassador Studio than this one. This version cannot read it
            safely, so it has not opened it. Nothing was changed.
          </Text>
          <Text>To carry on, install the newest version of Ambassador Studio on this laptop, then open it again.</Text>
        </Stack>
      );
    case 'DB_CORRUPT':
      return (
        <Stack gap="sm">
          <Text size="lg">
            The file that holds your work is damaged, so Ambassador Studio could not open it. It has not been changed or
            deleted.
          </Text>
          <Text>
            First make a recovery copy (the button below): it keeps the file exactly as it is. Then get your work back
            in one of these ways:
          </Text>
          <List spacing="xs">
            <List.Item>
              Restore the newest backup: close the app, then copy the newest file from the backups folder,{' '}
              <Code>{backupsFolder(status.dataDir)}</Code>, over the damaged file and open the app again.
            </List.Item>
            <List.Item>
              Or move the damaged file somewhere else (keep it, someone may be able to rescue it). The app then starts
              with an empty file.
            </List.Item>
          </List>
        </Stack>
      );
    case 'DB_UNAVAILABLE':
      return (
        <Stack gap="sm">
          <Text size="lg">
            Ambassador Studio could not open the file that holds your work. It has not been changed.
          </Text>
          <Text>
            The reason and what to do are shown below. When you have done it, press Try again: the app opens your work
            without restarting.
          </Text>
        </Stack>
      );
  }
}

/** Shown instead of the app when the data file cannot be opened; it explains and never crashes. */
export function RecoveryScreen({ status }: { status: ErrorStatus }) {
  return (
    <Container size="md" py="xl" component="main">
      <Stack gap="lg">
        <Title order={1}>Your work could not be opened</Title>
        <Explanation status={status} />
        <Stack gap={4}>
          <Text fw={600}>The data file is here:</Text>
          <Code block data-testid="db-path">
            {status.dbPath}
          </Code>
        </Stack>
        <Note tone="warning" icon={<IconAlertTriangle aria-hidden />} title="What the app said">
          {status.message}
        </Note>
        <RecoveryActions />
        <Text size="sm" c="dimmed">
          Ambassador Studio version {status.version}
        </Text>
      </Stack>
    </Container>
  );
}

/** Shown when the app itself cannot be reached (browser mode after the server stopped, or a page without its key). */
export function UnreachableScreen({ error }: { error: AppErrorShape }) {
  const refused = error.code === 'FORBIDDEN';
  return (
    <Container size="md" py="xl" component="main">
      <Stack gap="lg">
        <Title order={1}>
          {refused ? 'Open Ambassador Studio from its own address' : 'Ambassador Studio is not answering'}
        </Title>
        <Text size="lg">{error.message}</Text>
        <Text>
          {refused
            ? 'For your safety, the address Ambassador Studio shows when it starts works only once, in one browser tab. Start the app again and open the new address it shows; your work is saved on this laptop.'
            : 'If you closed the window where it was running, start it again and open the new address it shows. Your work is saved on this laptop.'}
        </Text>
        <div>
          <Button size="md" onClick={() => window.location.reload()}>
            Try again
          </Button>
        </div>
      </Stack>
    </Container>
  );
}
