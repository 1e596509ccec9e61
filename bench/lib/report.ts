import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Measurement {
  suite: string;
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'x';
  /** The budget: the value must be at most this (or at least, for 'min'). */
  budget?: { limit: number; kind: 'max' | 'min' };
  /**
   * The first run of the same thing (first analysis, first sheet, first start after the build), shown beside the
   * warm figure so a headline median never hides what a person meets first. Same unit as `value`.
   */
  cold?: number;
  detail?: Record<string, number | string>;
}

export function withinBudget(m: Measurement): boolean | null {
  if (!m.budget) return null;
  return m.budget.kind === 'max' ? m.value <= m.budget.limit : m.value >= m.budget.limit;
}

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

export function printTable(results: readonly Measurement[]): void {
  const rows = results.map((m) => {
    const verdict = withinBudget(m);
    const budget = m.budget ? `${m.budget.kind === 'max' ? '<=' : '>='} ${m.budget.limit} ${m.unit}` : '-';
    return [
      m.suite,
      m.name,
      `${format(m.value)} ${m.unit}`,
      m.cold === undefined ? '-' : `${format(m.cold)} ${m.unit}`,
      budget,
      verdict === null ? 'info' : verdict ? 'ok' : 'OVER',
    ];
  });
  const header = ['suite', 'measurement', 'value (warm)', 'first run (cold)', 'budget', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function writeResults(path: string, results: readonly Measurement[], meta: Record<string, unknown>): void {
  mkdirSync(dirname(path), { recursive: true });
  const body = {
    ...meta,
    results: results.map((m) => ({ ...m, withinBudget: withinBudget(m) })),
  };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}
