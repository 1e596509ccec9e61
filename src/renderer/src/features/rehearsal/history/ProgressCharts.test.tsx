import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TakeMetrics } from '../../../../../shared/features/rehearsal/schemas';
import { ProgressCharts } from './ProgressCharts';
import { rating, session, take } from './sessions.test-support';

const metrics: TakeMetrics = {
  durationSeconds: 25,
  speakingSeconds: 21.5,
  speakingShare: 0.86,
  pauseCount: 3,
  longestPauseSeconds: 1.2,
  syllableCount: 90,
  wordsPerMinute: 150,
  articulationRate: 4.2,
  loudnessSpreadDb: 12,
};

const sessions = [
  session([
    take('2026-11-25T10:00:00', { metrics, rating: rating(4) }),
    take('2026-11-27T10:05:00', { durationMs: 40_000 }),
  ]),
];

/** A day as this system writes it (dates follow the person's locale): "25 Nov" or "Nov 25". */
const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
const [NOV_25, NOV_27] = [day('2026-11-25T12:00:00'), day('2026-11-27T12:00:00')];

/** The numbers table of the chart with this title: its column headers and its rows' cells, as text. */
function numbersTable(title: string) {
  const table = within(screen.getByRole('figure', { name: title })).getByRole('table');
  const headers = within(table).getAllByRole('columnheader');
  const rows = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  return { headers, rows };
}

describe('ProgressCharts', () => {
  it('gives every chart a table of its numbers with column headers', () => {
    render(
      <MantineProvider env="test">
        <ProgressCharts sessions={sessions} />
      </MantineProvider>,
    );

    const days = numbersTable('Answers per day');
    expect(days.headers.map((th) => th.textContent)).toEqual(['Day', 'Answers']);
    expect(days.rows).toEqual([
      [NOV_25, '1'],
      [NOV_27, '1'],
    ]);

    const time = numbersTable('Answer time against target (seconds)');
    expect(time.headers.map((th) => th.textContent)).toEqual([
      'Answer',
      'Day',
      'Answer time (s)',
      'Target (s)',
      'Speaking (s)',
    ]);
    expect(time.rows).toEqual([
      ['1', NOV_25, '25', '30', '21.5'],
      ['2', NOV_27, '40', '30', 'not recorded'],
    ]);

    const confidence = numbersTable('Pauses and confidence');
    expect(confidence.headers.map((th) => th.textContent)).toEqual(['Answer', 'Pauses', 'Confidence']);
    expect(confidence.rows).toEqual([
      ['1', '3', '4 of 5'],
      ['2', 'not recorded', 'not rated'],
    ]);

    // Screen readers read each cell with its column's name.
    for (const th of [...days.headers, ...time.headers, ...confidence.headers])
      expect(th).toHaveAttribute('scope', 'col');
  });
});
