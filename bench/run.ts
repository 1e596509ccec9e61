/**
 * `npm run bench`: measures the budgets named in the issues and writes bench/results.json.
 * A script, not a test: numbers vary with the machine, so nothing here fails the build; it reports.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runFoundationBench } from './foundation';
import { printTable, withinBudget, writeResults, type Measurement } from './lib/report';
import { ROOT } from './lib/studio-process';

async function main(): Promise<void> {
  const results: Measurement[] = [];
  results.push(...(await runFoundationBench()));
  printTable(results);
  const out = join(ROOT, 'bench', 'results.json');
  writeResults(out, results, {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
  });
  const over = results.filter((m) => withinBudget(m) === false);
  console.log(`\nWrote ${out}. ${over.length === 0 ? 'All budgets met.' : `${over.length} over budget.`}`);
  if (over.length > 0) process.exitCode = 1;
}

void main();
