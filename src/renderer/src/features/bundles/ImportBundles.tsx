import { Button, FileButton, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useRef } from 'react';
import { BUNDLE_EXTENSION, type ImportReport } from '../../../../shared/features/bundles/schemas';
import { ImportReports } from './ImportReports';
import { NEEDS_PASSPHRASE, passphraseReady } from './PassphraseField';
import { useBundleImport } from './useBundleImport';

/**
 * "Import work" / "Open feedback": many bundle files at once, imported one after another with a progress bar,
 * then one report per file. In the desktop app the file input opens the system's open window; in browser
 * mode the browser's upload window: one path for both.
 */
export function ImportBundles({
  passphrase,
  buttonLabel,
  disabledReason,
}: {
  passphrase: string;
  buttonLabel: string;
  /** Why the button cannot be used yet, said beside it (e.g. trainer mode is locked). */
  disabledReason?: string | null;
}) {
  const bundles = useBundleImport();
  const resetRef = useRef<() => void>(null);
  const ready = passphraseReady(passphrase) && !disabledReason;
  const reason = disabledReason ?? (passphraseReady(passphrase) ? null : NEEDS_PASSPHRASE);

  const choose = (files: File[]) => {
    resetRef.current?.();
    void bundles.importFiles(files, passphrase);
  };

  const { progress } = bundles;
  const percent = progress ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <FileButton
          multiple
          onChange={choose}
          accept={BUNDLE_EXTENSION}
          resetRef={resetRef}
          disabled={!ready || bundles.running}
          inputProps={{ 'aria-label': `${buttonLabel}: bundle files` }}
        >
          {(props) => (
            <Button
              {...props}
              leftSection={<IconFileImport size={18} aria-hidden />}
              loading={bundles.running}
              disabled={!ready}
            >
              {buttonLabel}
            </Button>
          )}
        </FileButton>
        {reason ? (
          <Text size="sm" c="dimmed">
            {reason}
          </Text>
        ) : null}
      </Group>

      {progress ? <Progress value={percent} aria-label="Import progress" animated /> : null}
      <Text role="status" aria-live="polite" data-testid="import-status">
        {progress
          ? `Importing ${progress.done + 1} of ${progress.total}: ${progress.current}`
          : bundles.reports.length > 0
            ? importSummary(bundles.reports.map((r) => r.outcome))
            : ''}
      </Text>
      <ImportReports reports={bundles.reports} />

      <Modal
        opened={bundles.question !== null}
        onClose={() => bundles.answer(false)}
        title="Add a cohort to this laptop?"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {bundles.question ? (
          <Stack gap="md">
            <Text>
              “{bundles.question.file}” is for the cohort “{bundles.question.cohort.name}”, which is not on this laptop.
              Add it?
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => bundles.answer(false)}>
                Do not import
              </Button>
              <Button onClick={() => bundles.answer(true)} data-autofocus>
                Add the cohort and import
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}

function importSummary(outcomes: ImportReport['outcome'][]): string {
  const imported = outcomes.filter((o) => o === 'imported').length;
  const refused = outcomes.length - imported;
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  if (refused === 0) return `Imported ${files(imported)}.`;
  if (imported === 0) return `Nothing imported: ${files(refused)} refused.`;
  return `Imported ${files(imported)}; ${files(refused)} refused.`;
}
