/**
 * `npm run sheet -- --data-dir DIR (--ambassador NAME_OR_ID | --cohort NAME_OR_ID) --out FILE.pdf [--paper A4|Letter] [--logo FILE]`
 * Entry point only; the logic (and its tests) live in sheet-cli.ts.
 */
import { restrictNewFiles } from '../private-files';
import { runSheetCli } from './sheet-cli';

// Before the database opens: whatever SQLite and the PDF writer create is 0600 from the start.
restrictNewFiles();

void runSheetCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
