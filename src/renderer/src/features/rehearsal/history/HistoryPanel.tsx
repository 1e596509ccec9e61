import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { interviewType } from '../../../../../shared/features/rehearsal/interview-types';
import { EmptyState } from '../../../components/EmptyState';
import { formatWhen } from '../report/SessionReport';
import { ScreenLoader } from '../../../components/ScreenLoader';
import { useRehearsalSessions } from '../queries';

// Recharts is large; it loads only when someone opens their history.
const ProgressCharts = lazy(() => import('./ProgressCharts'));

function Loading({ text }: { text: string }) {
  return <ScreenLoader label={text} />;
}

/** Past sessions (each opens its report) and progress over time. */
export function HistoryPanel({
  ambassadorId,
  onOpenReport,
}: {
  ambassadorId: string;
  onOpenReport(sessionId: string): void;
}) {
  const { data: sessions, error } = useRehearsalSessions(ambassadorId);
  if (error && !sessions) return <Text role="alert">{error.message}</Text>;
  if (!sessions) return <Loading text="Loading your practice history…" />;
  if (sessions.length === 0) {
    return (
      <EmptyState title="No practice sessions yet">
        When you finish a session, it appears here with your report, and charts show how you are getting on.
      </EmptyState>
    );
  }
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="progress-heading">
        <Title order={2} size="h3" id="progress-heading">
          Your progress
        </Title>
        <Suspense fallback={<Loading text="Drawing your charts…" />}>
          <ProgressCharts sessions={sessions} />
        </Suspense>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="sessions-heading">
        <Title order={2} size="h3" id="sessions-heading">
          Past sessions
        </Title>
        <Table withTableBorder striped data-testid="session-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">Interview type</Table.Th>
              <Table.Th scope="col">Answers</Table.Th>
              <Table.Th scope="col">Report</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => {
              const when = formatWhen(s.createdAt);
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>{when}</Table.Td>
                  <Table.Td>{interviewType(s.interviewType).name}</Table.Td>
                  <Table.Td>
                    {s.takes.length} of {s.questionIds.length}
                    {s.finishedAt ? '' : ' (not finished)'}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => onOpenReport(s.id)}
                      aria-label={`Open report from ${when}`}
                    >
                      Open report
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Stack>
  );
}
