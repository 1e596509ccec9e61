/**
 * `npm run sheet -- --data-dir DIR (--ambassador NAME_OR_ID | --cohort NAME_OR_ID) --out FILE.pdf [--paper A4|Letter] [--logo FILE]`
 * Entry point only; the logic (and its tests) live in sheet-cli.ts.
 */
import { runSheetCli } from './sheet-cli';

void runSheetCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
