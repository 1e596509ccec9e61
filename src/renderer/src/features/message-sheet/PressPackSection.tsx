import { Button, Group, List, Paper, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { Cohort } from '../../../../shared/features/cohorts/schemas';
import type { PackExport } from '../../../../shared/features/message-sheet/api';
import { PAPERS, type Paper as PaperSize } from '../../../../shared/features/message-sheet/paper';
import type { AppErrorShape } from '../../api/result';
import { FailureAlert } from '../../components/FailureAlert';
import { CohortLogo } from './CohortLogo';
import { describeSave, failedToSave, receivePdf } from './save-pdf';
import { PAPER_LABELS } from './SheetOptionsPanel';
import { usePackExport } from './queries';

function PackSummary({ pack }: { pack: PackExport }) {
  // A large cohort's contents list runs over more than one cover page.
  const coverPages = pack.pages - pack.included.length;
  const cover = coverPages > 1 ? `${coverPages} cover pages listing everyone` : 'a cover';
  return (
    <Stack gap="sm" data-testid="pack-summary">
      <Text fw={600}>
        {pack.pages} pages: {cover} and {pack.included.length} {pack.included.length === 1 ? 'sheet' : 'sheets'}.
      </Text>
      <Stack gap={4}>
        <Text fw={500}>In the pack ({pack.included.length})</Text>
        <List spacing={2} aria-label="Ambassadors in the pack">
          {pack.included.map((entry) => (
            <List.Item key={entry.ambassadorId}>
              <span dir="auto">{entry.publicName}</span>
            </List.Item>
          ))}
        </List>
      </Stack>
      {pack.skipped.length > 0 ? (
        <Stack gap={4}>
          <Text fw={500}>Left out ({pack.skipped.length})</Text>
          <List spacing={4} aria-label="Ambassadors left out">
            {pack.skipped.map((entry) => (
              <List.Item key={entry.ambassadorId}>
                <Text span fw={600} dir="auto">
                  {entry.publicName}
                </Text>
                : {entry.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Text>Everyone in the cohort is in the pack.</Text>
      )}
    </Stack>
  );
}

/**
 * The cohort press pack (trainer mode): a cover plus one sheet per ready ambassador, each made with the sheet's
 * default choices, with progress while it prints and who was left out, and why, afterwards.
 */
export function PressPackSection({ cohort }: { cohort: Cohort }) {
  const pack = usePackExport();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [result, setResult] = useState<PackExport | null>(null);
  const [error, setError] = useState<{ title: string; error: AppErrorShape } | null>(null);
  const [status, setStatus] = useState('');

  const exportPack = async () => {
    setError(null);
    setStatus('');
    setResult(null);
    const made = await pack.run(cohort.id, { paper });
    if (!made.ok) {
      setError({
        title: failedToSave(made.error) ? 'The press pack was not saved' : 'The press pack was not made',
        error: made.error,
      });
      return;
    }
    setResult(made.value);
    setStatus(describeSave(receivePdf(made.value), 'The press pack'));
  };

  const percent =
    pack.progress && pack.progress.total > 0 ? Math.round((pack.progress.done / pack.progress.total) * 100) : 0;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="pack-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="pack-heading">
            Press pack for {cohort.name.trim() || 'this cohort'}
          </Title>
          <Text maw={720}>
            One PDF for journalists: a cover with the campaign, the press contact and a list of everyone with the page
            of their sheet (over more pages for a large cohort), then one page for each ambassador who has a main
            Message House and an approved quote. Each sheet uses the choices in that ambassador’s profile (not the
            choices above). To use another cohort, choose it on the Trainer screen.
          </Text>
        </Stack>

        <CohortLogo cohort={cohort} />

        <Stack gap={6}>
          <Text fw={500} size="sm" id="pack-paper-label">
            Paper size for the pack
          </Text>
          <SegmentedControl
            aria-labelledby="pack-paper-label"
            value={paper}
            onChange={(value) => setPaper(PAPERS.find((p) => p === value) ?? 'A4')}
            data={PAPERS.map((p) => ({ value: p, label: PAPER_LABELS[p] }))}
            style={{ alignSelf: 'flex-start' }}
            disabled={pack.running}
          />
        </Stack>

        <Group>
          <Button
            leftSection={<IconFileDownload size={18} aria-hidden />}
            onClick={() => void exportPack()}
            loading={pack.running}
          >
            Export press pack
          </Button>
        </Group>

        {pack.running && pack.progress ? (
          <Stack gap={4}>
            <Progress value={percent} aria-label="Press pack progress" animated />
          </Stack>
        ) : null}
        <Text role="status" aria-live="polite" data-testid="pack-status">
          {pack.running ? (pack.progress?.message ?? 'Making the press pack…') : status}
        </Text>

        {error ? (
          <FailureAlert
            title={error.title}
            message={error.error.message}
            details={error.error.issues?.map((issue) => `${issue.path}: ${issue.message}`)}
          />
        ) : null}

        {result ? <PackSummary pack={result} /> : null}
      </Stack>
    </Paper>
  );
}
