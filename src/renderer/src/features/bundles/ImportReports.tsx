import { Stack, Table, Text } from '@mantine/core';
import type { BundleManifest, ImportReport, TableCounts } from '../../../../shared/features/bundles/schemas';

/** Tables in words; a table this list does not know yet is still shown, by its own name. */
const TABLE_LABELS: Readonly<Record<string, string>> = {
  cohort: 'Cohort details',
  ambassador: 'Profiles',
  message_house: 'Message Houses',
  quote: 'Press quotes',
  comment: 'Comments',
  question: 'Questions',
  question_set: 'Question sets',
  rehearsal_session: 'Rehearsal sessions',
  take: 'Rehearsal answers',
  review_card: 'Practice cards',
  sheet_confirmation: 'Sheet confirmations',
  cohort_logo: 'Cohort logo',
  media: 'Pictures and recordings',
  language_rules: 'Language rules',
};

const COLUMNS: ReadonlyArray<{ key: keyof TableCounts; label: string }> = [
  { key: 'added', label: 'Added' },
  { key: 'updated', label: 'Updated' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'conflicts', label: 'Conflicts' },
  { key: 'deleted', label: 'Deleted' },
];

const KIND_WORDS: Readonly<Record<BundleManifest['kind'], string>> = {
  work: 'work',
  feedback: 'feedback',
  cohort: 'a whole cohort',
  move: 'everything from another laptop',
};

export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? table.replace(/_/g, ' ');
}

/** "Imported work from Amira (Winter cohort)." */
function importedLine(manifest: BundleManifest): string {
  const who = manifest.ambassadors.map((a) => a.publicName).join(', ');
  const from =
    manifest.kind === 'work' && who ? ` from ${who}` : manifest.kind === 'feedback' && who ? ` for ${who}` : '';
  const cohort = manifest.cohort ? ` (${manifest.cohort.name})` : '';
  return `Imported ${KIND_WORDS[manifest.kind]}${from}${cohort}.`;
}

function CountsTable({ file, tables }: { file: string; tables: Record<string, TableCounts> }) {
  const rows = Object.entries(tables).filter(([, counts]) => COLUMNS.some((c) => counts[c.key] > 0));
  if (rows.length === 0) return <Text size="sm">Nothing new: everything in it was already on this laptop.</Text>;
  return (
    <Table.ScrollContainer minWidth={480} maw={760}>
      <Table withTableBorder striped aria-label={`What changed from ${file}`} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="30%">
              What
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c.key} scope="col" ta="end">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([table, counts]) => (
            <Table.Tr key={table}>
              <Table.Th scope="row" fw={500}>
                {tableLabel(table)}
              </Table.Th>
              {COLUMNS.map((c) => (
                <Table.Td key={c.key} ta="end">
                  {counts[c.key]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One report per chosen file: what changed, table by table, or the one-line reason nothing was written. */
export function ImportReports({ reports }: { reports: ImportReport[] }) {
  if (reports.length === 0) return null;
  return (
    <Stack component="ul" gap="md" aria-label="Import report" p={0} m={0} style={{ listStyle: 'none' }}>
      {reports.map((report, index) => (
        <Stack component="li" key={`${index}:${report.file}`} gap={4} data-testid="import-report">
          <Text fw={700} dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {report.file}
          </Text>
          {report.outcome === 'refused' ? (
            <Text fw={600} style={{ color: 'var(--mantine-color-error)' }}>
              Refused, nothing was written: {report.reason}
            </Text>
          ) : (
            <>
              <Text>
                {importedLine(report.manifest)}
                {report.conflicts.length > 0
                  ? ` ${report.conflicts.length} ${report.conflicts.length === 1 ? 'change needs' : 'changes need'} your choice: see Conflicts.`
                  : ''}
              </Text>
              <CountsTable file={report.file} tables={report.tables} />
            </>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
