import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RehearsalSession } from '../../../../../shared/features/rehearsal/schemas';
import { progressSummary, takePoints, takesPerDay } from './progress';

/**
 * The chart itself is hidden from screen readers (an SVG of dots says little); each chart has a one-line
 * summary and its numbers in a table that anyone can open. Recharts' keyboard layer is off for the same reason:
 * it would make a hidden element focusable.
 */
function ChartFigure({ id, title, summary, chart, table }: { id: string; title: string; summary: string; chart: ReactNode; table: ReactNode }) {
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
          {table}
        </details>
      </Stack>
    </Paper>
  );
}

const noKeyboardLayer = { accessibilityLayer: false };

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
        chart={<BarChart h={200} data={days} dataKey="label" series={[{ name: 'takes', label: 'Answers', color: 'indigo.7' }]} barChartProps={noKeyboardLayer} withTooltip={false} />}
        table={
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Day</Table.Th>
                <Table.Th scope="col">Answers</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((d) => (
                <Table.Tr key={d.day}>
                  <Table.Td>{d.label}</Table.Td>
                  <Table.Td>{d.takes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
      <ChartFigure
        id="chart-time"
        title="Answer time against target (seconds)"
        summary={summary.time}
        chart={
          <LineChart
            h={200}
            data={points}
            dataKey="label"
            series={[
              { name: 'answerSeconds', label: 'Answer time', color: 'indigo.7' },
              { name: 'targetSeconds', label: 'Target', color: 'gray.6', strokeDasharray: '6 4' },
            ]}
            withLegend
            withTooltip={false}
            lineChartProps={noKeyboardLayer}
          />
        }
        table={
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Answer</Table.Th>
                <Table.Th scope="col">Day</Table.Th>
                <Table.Th scope="col">Answer time (s)</Table.Th>
                <Table.Th scope="col">Target (s)</Table.Th>
                <Table.Th scope="col">Speaking (s)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((p) => (
                <Table.Tr key={p.label}>
                  <Table.Td>{p.label}</Table.Td>
                  <Table.Td>{p.when}</Table.Td>
                  <Table.Td>{p.answerSeconds}</Table.Td>
                  <Table.Td>{p.targetSeconds}</Table.Td>
                  <Table.Td>{p.speakingSeconds ?? 'not recorded'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
      <ChartFigure
        id="chart-confidence"
        title="Pauses and confidence"
        summary={summary.confidence}
        chart={
          <LineChart
            h={200}
            data={points}
            dataKey="label"
            series={[
              { name: 'pauses', label: 'Pauses', color: 'teal.8' },
              { name: 'confidence', label: 'Confidence (1 to 5)', color: 'orange.8', strokeDasharray: '6 4' },
            ]}
            withLegend
            withTooltip={false}
            connectNulls
            lineChartProps={noKeyboardLayer}
          />
        }
        table={
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Answer</Table.Th>
                <Table.Th scope="col">Pauses</Table.Th>
                <Table.Th scope="col">Confidence</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((p) => (
                <Table.Tr key={p.label}>
                  <Table.Td>{p.label}</Table.Td>
                  <Table.Td>{p.pauses ?? 'not recorded'}</Table.Td>
                  <Table.Td>{p.confidence === null ? 'not rated' : `${p.confidence} of 5`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
    </SimpleGrid>
  );
}

export default ProgressCharts;
