import { Anchor, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { interviewType } from '../../../../../shared/features/rehearsal/interview-types';
import type { RehearsalSession } from '../../../../../shared/features/rehearsal/schemas';
import { EmptyState } from '../../../components/EmptyState';
import { formatWhen } from '../report/SessionReport';
import { ScreenLoader } from '../../../components/ScreenLoader';
import { useRehearsalSessions } from '../queries';
import { DataTable, type Column } from '../../../components/DataTable';

// Recharts is large; it loads only when someone opens their history.
const ProgressCharts = lazy(() => import('./ProgressCharts'));

// Built per render: the last column needs the screen's way to open a report.
function sessionColumns(onOpenReport: (sessionId: string) => void): Column<RehearsalSession>[] {
  return [
    { header: 'When', cell: (s) => formatWhen(s.createdAt) },
    {
      header: 'Interview type',
      cell: (s) =>
        s.kind === 'hot-seat'
          ? `Hot seat${s.runBy ? ` with ${s.runBy}` : ''}: ${interviewType(s.interviewType).name}`
          : interviewType(s.interviewType).name,
    },
    {
      header: 'Answers',
      cell: (s) => `${s.takes.length} of ${s.questionIds.length}${s.finishedAt ? '' : ' (not finished)'}`,
    },
    {
      header: 'Report',
      cell: (s) => (
        <Anchor
          component="button"
          type="button"
          onClick={() => onOpenReport(s.id)}
          aria-label={`Open report from ${formatWhen(s.createdAt)}`}
        >
          Open report
        </Anchor>
      ),
    },
  ];
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
  if (!sessions) return <ScreenLoader label="Loading your practice history…" />;
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
        <Suspense fallback={<ScreenLoader label="Drawing your charts…" />}>
          <ProgressCharts sessions={sessions} />
        </Suspense>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="sessions-heading">
        <Title order={2} size="h3" id="sessions-heading">
          Past sessions
        </Title>
        <DataTable
          striped
          data-testid="session-history"
          columns={sessionColumns(onOpenReport)}
          rows={sessions}
          rowKey={(s) => s.id}
        />
      </Stack>
    </Stack>
  );
}
