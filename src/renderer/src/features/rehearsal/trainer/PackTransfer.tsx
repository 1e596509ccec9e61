import { Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { MAX_PACK_FILE_CHARS, type ImportReport } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useInvalidate } from '../../../api/hooks';
import { QUESTION_DATA } from '../../../api/hooks-rehearsal';
import { Note } from '../../../components/Note';

/** A safe file name from the pack's name: letters, digits and dashes. */
export function packFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  return `${slug || 'questions'}.json`;
}

/** Hands a file to the user through a download link; works the same in a browser and in Electron. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function reportText(report: ImportReport): string {
  const part = (n: number, word: string) => `${n} ${word}`;
  return `Imported: ${part(report.added, 'added')}, ${part(report.updated, 'updated')}, ${part(report.unchanged, 'unchanged')}.`;
}

/** Export the cohort's own questions as a pack file, and import a pack from another trainer or laptop. */
export function PackTransfer({ cohortId }: { cohortId: string }) {
  const api = useApi();
  const invalidate = useInvalidate();
  const resetRef = useRef<() => void>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; title: string; text: string } | null>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);

  const exportPack = async () => {
    setBusy('export');
    const result = await api['question:exportPack']({ cohortId });
    setBusy(null);
    if (!result.ok) return setOutcome({ ok: false, title: 'Nothing was exported', text: result.error.message });
    if (result.value.questions.length === 0) {
      return setOutcome({ ok: false, title: 'Nothing was exported', text: 'This cohort has no questions of its own yet, so there is nothing to export. Add a question first.' });
    }
    download(packFileName(result.value.name), `${JSON.stringify(result.value, null, 2)}\n`);
    setOutcome({ ok: true, title: 'Done', text: `Exported ${result.value.questions.length} question${result.value.questions.length === 1 ? '' : 's'}.` });
  };

  const importPack = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    if (file.size > MAX_PACK_FILE_CHARS) {
      return setOutcome({ ok: false, title: 'Nothing was imported', text: 'That file is too large to be a question pack (over 4 MB). Nothing was imported.' });
    }
    setBusy('import');
    const fileText = await file.text();
    const result = await api['question:importPack']({ cohortId, fileText });
    setBusy(null);
    if (!result.ok) return setOutcome({ ok: false, title: 'Nothing was imported', text: result.error.message });
    await invalidate(...QUESTION_DATA);
    setOutcome({ ok: true, title: 'Done', text: reportText(result.value) });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="packs-heading">
      <Title order={3} id="packs-heading">
        Question packs
      </Title>
      <Text>
        Share your cohort’s own questions with another laptop or trainer as a file. Importing never doubles a question: one that is
        already here is updated.
      </Text>
      <Group>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void exportPack()} loading={busy === 'export'}>
          Export question pack
        </Button>
        <FileButton onChange={(file) => void importPack(file)} accept="application/json,.json" resetRef={resetRef} inputProps={{ 'aria-label': 'Question pack file' }}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconUpload size={18} aria-hidden />} loading={busy === 'import'}>
              Import question pack
            </Button>
          )}
        </FileButton>
      </Group>
      <div aria-live="polite" data-testid="pack-outcome">
        {outcome ? (
          <Note tone={outcome.ok ? 'info' : 'warning'} title={outcome.title}>
            {outcome.text}
          </Note>
        ) : null}
      </div>
    </Stack>
  );
}
