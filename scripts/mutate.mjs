#!/usr/bin/env node
/**
 * `npm run mutate [-- NAME|FILE... ] [--concurrency N]`: mutation testing of the safety-critical modules
 * (stryker/modules.mjs), one Stryker run per module against that module's own fast unit tests.
 * - no argument: every module; a module name (`gate`, `scheduling`…): that module;
 * - a source file: only that file, with the tests of the module it belongs to.
 * Reports: reports/mutation/<module>/mutation.{json,html}; every module's latest report merged into
 * reports/mutation/mutation.{json,html};
 * and a table "module · killed · timeout · survived · no coverage · score" (timeouts count as killed,
 * no-coverage as survived, as Stryker's own score does). `--survivors` lists each module's surviving mutants.
 * Not part of `npm test`: it takes minutes per module.
 */
import { Stryker } from '@stryker-mutator/core';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { MODULES } from '../stryker/modules.mjs';
import { formatTable, scoreOf, survivorLines, tally } from './mutate-score.mjs';

const REPORT_DIR = 'reports/mutation';

function parseArgs(argv) {
  const targets = [];
  let concurrency = Number(process.env.MUTATE_CONCURRENCY ?? 1);
  let survivors = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--concurrency') concurrency = Number(argv[++i]);
    else if (arg.startsWith('--concurrency=')) concurrency = Number(arg.slice('--concurrency='.length));
    else if (arg === '--survivors') survivors = true;
    else targets.push(arg);
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency needs a whole number ≥ 1');
  return { targets, concurrency, survivors };
}

/** A module's `mutate` globs name files literally or with one `*` in the last segment; that is all they need. */
function matches(pattern, file) {
  if (pattern.startsWith('!')) return false;
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return regex.test(file);
}

function excluded(module, file) {
  return module.mutate.some((p) => p.startsWith('!') && matches(p.slice(1), file));
}

/** Which runs to make: whole modules, or single files narrowed within the module that lists them. */
function plan(targets) {
  if (targets.length === 0) return MODULES.map((module) => ({ module, mutate: module.mutate }));
  const runs = new Map();
  for (const target of targets) {
    const byName = MODULES.find((m) => m.name === target);
    if (byName) {
      runs.set(byName.name, { module: byName, mutate: byName.mutate });
      continue;
    }
    const file = relative(process.cwd(), resolve(target)).split('\\').join('/');
    const owner = MODULES.find((m) => m.mutate.some((p) => matches(p, file)) && !excluded(m, file));
    if (!owner) {
      const names = MODULES.map((m) => m.name).join(', ');
      throw new Error(`${target} is in no module (${names}); add it to stryker/modules.mjs with its tests first.`);
    }
    const run = runs.get(owner.name) ?? { module: owner, mutate: [] };
    if (run.mutate !== owner.mutate) run.mutate.push(file);
    runs.set(owner.name, run);
  }
  return [...runs.values()];
}

async function runModule({ module, mutate }, concurrency) {
  const dir = join(REPORT_DIR, module.name);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n▶ ${module.name} (${module.title}): ${mutate.join(', ')}`);
  const started = Date.now();
  const stryker = new Stryker({
    mutate,
    testFiles: module.tests,
    concurrency,
    jsonReporter: { fileName: join(dir, 'mutation.json') },
    htmlReporter: { fileName: join(dir, 'mutation.html') },
  });
  const results = await stryker.runMutationTest();
  const seconds = (Date.now() - started) / 1000;
  return { name: module.name, ...tally(results), seconds };
}

/**
 * One report of every module's latest run (this one's and earlier ones' still on disk), so the HTML shows
 * every mutated file side by side even when modules are run one at a time.
 */
function mergeReports() {
  const reports = MODULES.map((m) => join(REPORT_DIR, m.name, 'mutation.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')));
  const [first] = reports;
  if (!first) return;
  const merged = { ...first, files: Object.assign({}, ...reports.map((r) => r.files)) };
  merged.testFiles = Object.assign({}, ...reports.map((r) => r.testFiles ?? {}));
  writeFileSync(join(REPORT_DIR, 'mutation.json'), JSON.stringify(merged));
  const require = createRequire(import.meta.url);
  const elements = readFileSync(require.resolve('mutation-testing-elements/dist/mutation-test-elements.js'), 'utf8');
  // `<` is split inside the JSON so a mutated "</script>" in a source file cannot end the script element.
  const json = JSON.stringify(merged).replace(/</g, '<"+"');
  writeFileSync(
    join(REPORT_DIR, 'mutation.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Mutation report</title><script>${elements}</script></head>` +
      `<body><mutation-test-report-app titlePostfix="Ambassador Studio"></mutation-test-report-app>` +
      `<script>document.querySelector('mutation-test-report-app').report = ${json};</script></body></html>`,
  );
}

async function main() {
  const { targets, concurrency, survivors } = parseArgs(process.argv.slice(2));
  const runs = plan(targets);
  mkdirSync(REPORT_DIR, { recursive: true });
  const rows = [];
  for (const run of runs) rows.push(await runModule(run, concurrency));
  mergeReports();
  if (survivors) {
    for (const row of rows) {
      const report = JSON.parse(readFileSync(join(REPORT_DIR, row.name, 'mutation.json'), 'utf8'));
      console.log(`\n${row.name}: not caught\n${survivorLines(report).join('\n') || '(none)'}`);
    }
  }
  writeFileSync(
    join(REPORT_DIR, 'summary.json'),
    JSON.stringify(
      rows.map((r) => ({ ...r, score: scoreOf(r) })),
      null,
      2,
    ),
  );
  console.log(
    `\n${formatTable(rows)}\nReports: ${REPORT_DIR}/mutation.json and mutation.html (per module: ${REPORT_DIR}/<module>/)`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
