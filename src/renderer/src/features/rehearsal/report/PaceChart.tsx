import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Text, Title } from '@mantine/core';
import { DataTable, type Column } from '../../../components/DataTable';
import { comfortableSyllableRate } from './pace-range';
import { paceSeries, summarisePace, type PacePoint } from './pace-series';

const COLUMNS: Column<PacePoint>[] = [
  { header: 'Around', cell: (p) => p.label },
  { header: 'Syllables a second', cell: (p) => p.syllablesPerSecond },
];

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Syllables a second over the answer, with the comfortable band (100–165 words a minute in the take's
 * language) shaded behind the line. The drawing is hidden from screen readers, which get the one-line
 * summary and the numbers in a table instead (as the progress charts do).
 */
export function PaceChart({
  syllableTimes,
  durationSeconds,
  language,
  headingId,
}: {
  syllableTimes: readonly number[];
  durationSeconds: number;
  language: string;
  headingId: string;
}) {
  const points = paceSeries(syllableTimes, durationSeconds);
  const band = comfortableSyllableRate(language);
  const summary = summarisePace(points, band);
  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={headingId} data-testid="pace-chart">
      <Title order={4} size="h6" id={headingId}>
        Pace over the answer
      </Title>
      <Text size="sm" component="figcaption" data-testid="pace-summary">
        {summary.text}
      </Text>
      <div aria-hidden="true">
        <LineChart
          h={160}
          data={points}
          dataKey="label"
          series={[{ name: 'syllablesPerSecond', label: 'Syllables a second', color: 'indigo.7' }]}
          curveType="monotone"
          withDots={false}
          withTooltip={false}
          yAxisLabel="Syllables a second"
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 32 }}
          referenceAreas={[
            {
              y1: round1(band.min),
              y2: round1(band.max),
              color: 'teal.6',
              fillOpacity: 0.15,
              label: 'Comfortable',
              labelPosition: 'insideTopRight',
            },
          ]}
          lineChartProps={{ accessibilityLayer: false }}
        />
      </div>
      <details>
        <summary>Show the numbers</summary>
        <Text size="sm">
          Syllables a second in 3-second windows. Comfortable for listeners: about {round1(band.min)} to{' '}
          {round1(band.max)}.
        </Text>
        <DataTable columns={COLUMNS} rows={points} rowKey={(p) => p.seconds} />
      </details>
    </Stack>
  );
}

export default PaceChart;
