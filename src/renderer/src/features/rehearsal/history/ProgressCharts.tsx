import '@mantine/charts/styles.css';
import { BarChart, LineChart, type LineChartSeries } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RehearsalSession } from '../../../../../shared/features/rehearsal/schemas';
import { DataTable, type Column, type DataTableProps } from '../../../components/DataTable';
import { progressSummary, takePoints, takesPerDay, type DayCount, type TakePoint } from './progress';

interface ChartFigureProps<R> extends DataTableProps<R> {
  id: string;
  title: string;
  summary: string;
  chart: ReactNode;
}

/**
 * The chart itself is hidden from screen readers (an SVG of dots says little); each chart has a one-line
 * summary and its numbers in a table that anyone can open. Recharts' keyboard layer is off for the same reason:
 * it would make a hidden element focusable.
 */
function ChartFigure<R>({ id, title, summary, chart, ...table }: ChartFigureProps<R>) {
  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0} aria-labelledby={`${id}-title`}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={`${id}-title`}>
          {title}
        </Title>
        <Text size="sm" component="figcaption" data-testid={`${id}-summary`}>
          {summary}
        </Text>
        <div aria-hidden="true">{chart}</div>
        <details>
          <summary>Show the numbers</summary>
          <DataTable {...table} />
        </details>
      </Stack>
    </Paper>
  );
}

// What each chart draws, and the columns of the table that says the same in words and numbers.
const DAY_COLUMNS: Column<DayCount>[] = [
  { header: 'Day', cell: (d) => d.label },
  { header: 'Answers', cell: (d) => d.takes },
];

const answerColumn: Column<TakePoint> = { header: 'Answer', cell: (p) => p.label };

const TIME_SERIES: LineChartSeries[] = [
  { name: 'answerSeconds', label: 'Answer time', color: 'indigo.7' },
  { name: 'targetSeconds', label: 'Target', color: 'gray.6', strokeDasharray: '6 4' },
];

const TIME_COLUMNS: Column<TakePoint>[] = [
  answerColumn,
  { header: 'Day', cell: (p) => p.when },
  { header: 'Answer time (s)', cell: (p) => p.answerSeconds },
  { header: 'Target (s)', cell: (p) => p.targetSeconds },
  { header: 'Speaking (s)', cell: (p) => p.speakingSeconds ?? 'not recorded' },
];

const CONFIDENCE_SERIES: LineChartSeries[] = [
  { name: 'pauses', label: 'Pauses', color: 'teal.8' },
  { name: 'confidence', label: 'Confidence (1 to 5)', color: 'orange.8', strokeDasharray: '6 4' },
];

const CONFIDENCE_COLUMNS: Column<TakePoint>[] = [
  answerColumn,
  { header: 'Pauses', cell: (p) => p.pauses ?? 'not recorded' },
  { header: 'Confidence', cell: (p) => (p.confidence === null ? 'not rated' : `${p.confidence} of 5`) },
];

const noKeyboardLayer = { accessibilityLayer: false };
const lineChart = { h: 200, dataKey: 'label', withLegend: true, withTooltip: false, lineChartProps: noKeyboardLayer };
const byDay = (d: DayCount) => d.day;
const byAnswer = (p: TakePoint) => p.label;

export function ProgressCharts({ sessions }: { sessions: readonly RehearsalSession[] }) {
  const days = takesPerDay(sessions);
  const points = takePoints(sessions);
  const summary = progressSummary(sessions);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" data-testid="progress-charts">
      <ChartFigure
        id="chart-days"
        title="Answers per day"
        summary={summary.takes}
        chart={
          <BarChart
            h={200}
            data={days}
            dataKey="label"
            series={[{ name: 'takes', label: 'Answers', color: 'indigo.7' }]}
            barChartProps={noKeyboardLayer}
            withTooltip={false}
          />
        }
        columns={DAY_COLUMNS}
        rows={days}
        rowKey={byDay}
      />
      <ChartFigure
        id="chart-time"
        title="Answer time against target (seconds)"
        summary={summary.time}
        chart={<LineChart {...lineChart} data={points} series={TIME_SERIES} />}
        columns={TIME_COLUMNS}
        rows={points}
        rowKey={byAnswer}
      />
      <ChartFigure
        id="chart-confidence"
        title="Pauses and confidence"
        summary={summary.confidence}
        chart={<LineChart {...lineChart} data={points} series={CONFIDENCE_SERIES} connectNulls />}
        columns={CONFIDENCE_COLUMNS}
        rows={points}
        rowKey={byAnswer}
      />
    </SimpleGrid>
  );
}

export default ProgressCharts;
