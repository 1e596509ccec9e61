import { Button, Code, Group, Kbd, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { THEMES, type Theme } from '../../../../shared/features/settings/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { SCREENS } from '../../app/screens';
import { notifyError, notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { AccessSettings } from '../access/AccessSettings';
import { BackupSection } from '../backup/BackupSection';
import { TrashAndRepairLinks } from '../trash/TrashAndRepairLinks';
import { useAccess } from '../access/queries';
import { useAppStatus } from '../app/queries';
import { useSettings } from './queries';

const THEME_LABELS: Record<Theme, string> = { light: 'Light', dark: 'Dark', auto: 'Match system' };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

const SAMPLE_REASON_ID = 'sample-data-reason';

export function SettingsScreen() {
  const { settings, update } = useSettings();
  const { isTrainer } = useAccess();
  const status = useAppStatus();
  const sample = useChannelMutation('sample:load');

  const change = async (patch: Parameters<typeof update>[0]) => {
    const result = await update(patch);
    if (!result.ok) notifyError(result.error, 'The setting was not changed');
  };

  const loadSample = async () => {
    const result = await sample.run({});
    if (!result.ok) {
      notifyError(result.error, 'The sample data was not loaded');
      return;
    }
    if (result.value.added) {
      notifySuccess(
        'A made-up demo cohort was added, with houses, quotes, practice sessions and an agenda to explore.',
        'Sample data loaded',
      );
    } else {
      notifySuccess('The sample cohort was already here, so nothing was added twice. It is open again.', 'Sample data');
    }
  };

  const confirmSample = () =>
    modals.openConfirmModal({
      title: 'Load sample data?',
      children: (
        <Text>
          This adds a made-up cohort with a few made-up ambassadors, so you can look around. Your own profiles are not
          changed. The first sample ambassador’s workspace opens in this window.
        </Text>
      ),
      labels: { confirm: 'Load sample data', cancel: 'Cancel' },
      onConfirm: () => void loadSample(),
    });

  const ready = status.data?.state === 'ready' ? status.data : null;

  return (
    <>
      <PageHeader title="Settings" />
      <Stack gap="xl" maw={820}>
        <Section id="appearance-heading" title="Appearance">
          <Radio.Group
            label="Theme"
            value={settings?.theme ?? 'auto'}
            onChange={(value) => {
              const theme = THEMES.find((t) => t === value);
              if (theme) void change({ theme });
            }}
          >
            <Group mt="xs" gap="lg">
              {THEMES.map((theme) => (
                <Radio key={theme} value={theme} label={THEME_LABELS[theme]} />
              ))}
            </Group>
          </Radio.Group>
        </Section>

        <Section id="access-heading" title="Who is at the keyboard">
          <AccessSettings />
        </Section>

        <Section id="data-heading" title="Your data">
          <Text>
            Your work is saved on this laptop, in the data file and the file SQLite keeps beside it while the app runs
            (its name ends in <Code>-wal</Code>; the newest changes wait there). Copying the data file alone can miss
            them, so make a backup below instead. Nothing is sent anywhere unless you export it.
          </Text>
          {status.data ? (
            <Stack gap="xs">
              <div>
                <Text fw={600}>Data folder</Text>
                <Code block data-testid="data-dir">
                  {status.data.dataDir}
                </Code>
              </div>
              <div>
                <Text fw={600}>Data file</Text>
                <Code block data-testid="db-path">
                  {status.data.dbPath}
                </Code>
              </div>
              <Text>
                Version {status.data.version}
                {ready ? ` · data format ${ready.schemaVersion}` : ''}
              </Text>
            </Stack>
          ) : (
            <Text>Loading…</Text>
          )}
          <Text>
            Deleted work waits in the Trash for 30 days. Records stored in a form the app cannot read are kept as they
            are until you repair them.
          </Text>
          <TrashAndRepairLinks />
        </Section>

        <Section id="backups-heading" title="Backups">
          <BackupSection />
        </Section>

        <Section id="shortcuts-heading" title="Keyboard shortcuts">
          <Text>
            Everything can be reached with <Kbd>Tab</Kbd> and <Kbd>Shift</Kbd> + <Kbd>Tab</Kbd>. The first{' '}
            <Kbd>Tab</Kbd> on a page offers “Skip to main content”. These shortcuts work when you are not typing in a
            field:
          </Text>
          <Table withTableBorder maw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Keys</Table.Th>
                <Table.Th scope="col">Opens</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {SCREENS.map((screen, index) => (
                <Table.Tr key={screen.id}>
                  <Table.Td>
                    <Kbd>Alt</Kbd> + <Kbd>{index + 1}</Kbd>
                  </Table.Td>
                  <Table.Td>{screen.label}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>

        <Section id="sample-heading" title="Sample data">
          <Text>Add a made-up cohort of ambassadors to try things out or to show the app in a workshop.</Text>
          <Stack gap={4} align="flex-start">
            <Button
              variant="default"
              onClick={confirmSample}
              loading={sample.busy}
              disabled={!isTrainer}
              aria-describedby={isTrainer ? undefined : SAMPLE_REASON_ID}
            >
              Load sample data
            </Button>
            {/* Said before the click, not after it: the backend refuses it outside trainer mode. */}
            {isTrainer ? null : (
              <Text size="sm" id={SAMPLE_REASON_ID}>
                Only a trainer can add the sample cohort. Unlock trainer mode first.
              </Text>
            )}
          </Stack>
        </Section>
      </Stack>
    </>
  );
}
