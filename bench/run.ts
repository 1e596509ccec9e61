/**
 * `npm run bench [-- suite ...]`: measures the budgets named in the issues, prints a table and writes
 * bench/results.json. A script, not a test: it is not part of `npm test`, and it exits 1 when a budget is
 * missed so the result can be checked by a script.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runBackupBench } from './backup';
import { runBundleBench } from './bundles';
import { runChecksBench } from './checks';
import { runFoundationBench } from './foundation';
import { runListsBench } from './lists';
import { printTable, withinBudget, writeResults, type Measurement } from './lib/report';
import { ROOT } from './lib/studio-process';
import { runRehearsalBench } from './rehearsal';
import { runSearchBench } from './search';
import { runSheetBench } from './sheet';
import { runSpeechBench } from './speech';

const SUITES: Record<string, () => Promise<Measurement[]>> = {
  foundation: runFoundationBench,
  checks: runChecksBench,
  search: runSearchBench,
  speech: runSpeechBench,
  rehearsal: runRehearsalBench,
  sheet: runSheetBench,
  bundles: runBundleBench,
  backup: runBackupBench,
  lists: runListsBench,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in SUITES));
  if (unknown.length > 0) {
    console.error(`Unknown bench suite: ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}`);
    process.exit(2);
  }
  const results: Measurement[] = [];
  for (const [name, run] of Object.entries(SUITES)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`bench: ${name}…`);
    results.push(...(await run()));
  }
  printTable(results);
  const out = join(ROOT, 'bench', 'results.json');
  writeResults(out, results, {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
    suites: wanted.length > 0 ? wanted : Object.keys(SUITES),
  });
  const over = results.filter((m) => withinBudget(m) === false);
  console.log(`\nWrote ${out}. ${over.length === 0 ? 'All budgets met.' : `${over.length} over budget.`}`);
  if (over.length > 0) process.exitCode = 1;
}

void main();
