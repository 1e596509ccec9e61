import { Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { MAX_QUESTION_FILE_CHARS, type QuestionImportReport } from '../../../../shared/features/question-bank/schemas';
import { useChannelMutation } from '../../api/channel-query';
import { downloadFile } from '../../components/download';
import { Note } from '../../components/Note';

/** A safe file name from the question file's name: letters, digits and dashes. */
export function questionFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  return `${slug || 'questions'}.json`;
}

function reportText(report: QuestionImportReport): string {
  const part = (n: number, word: string) => `${n} ${word}`;
  return `Imported: ${part(report.added, 'added')}, ${part(report.updated, 'updated')}, ${part(report.unchanged, 'unchanged')}.`;
}

/**
 * Export the cohort's own questions as a file, and import such a file from another trainer or laptop. (The
 * screen calls these files "question packs"; the code says "question file" so they are never confused with
 * the press pack.)
 */
export function QuestionFileTransfer({ cohortId }: { cohortId: string }) {
  const exporter = useChannelMutation('question:exportFile');
  const importer = useChannelMutation('question:importFile');
  const resetRef = useRef<() => void>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; title: string; text: string } | null>(null);

  const exportFile = async () => {
    const result = await exporter.run({ cohortId });
    if (!result.ok) return setOutcome({ ok: false, title: 'Nothing was exported', text: result.error.message });
    if (result.value.questions.length === 0) {
      return setOutcome({
        ok: false,
        title: 'Nothing was exported',
        text: 'This cohort has no questions of its own yet, so there is nothing to export. Add a question first.',
      });
    }
    downloadFile(questionFileName(result.value.name), `${JSON.stringify(result.value, null, 2)}\n`, 'application/json');
    setOutcome({
      ok: true,
      title: 'Done',
      text: `Exported ${result.value.questions.length} question${result.value.questions.length === 1 ? '' : 's'}.`,
    });
  };

  const importFile = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    if (file.size > MAX_QUESTION_FILE_CHARS) {
      return setOutcome({
        ok: false,
        title: 'Nothing was imported',
        text: 'That file is too large to be a question pack (over 4 MB). Nothing was imported.',
      });
    }
    const result = await importer.run({ cohortId, fileText: await file.text() });
    if (!result.ok) return setOutcome({ ok: false, title: 'Nothing was imported', text: result.error.message });
    setOutcome({ ok: true, title: 'Done', text: reportText(result.value) });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="packs-heading">
      <Title order={3} id="packs-heading">
        Question packs
      </Title>
      <Text>
        Share your cohort’s own questions with another laptop or trainer as a file. Importing never doubles a question:
        one that is already here is updated.
      </Text>
      <Group>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          onClick={() => void exportFile()}
          loading={exporter.busy}
        >
          Export question pack
        </Button>
        <FileButton
          onChange={(file) => void importFile(file)}
          accept="application/json,.json"
          resetRef={resetRef}
          inputProps={{ 'aria-label': 'Question pack file' }}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconUpload size={18} aria-hidden />}
              loading={importer.busy}
            >
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
