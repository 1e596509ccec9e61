/**
 * `npm run restore`: entry point only; the logic (and its tests) live in restore-cli.ts.
 */
import { restrictNewFiles } from '../private-files';
import { runRestoreCli } from './restore-cli';

// Before the database opens: whatever SQLite creates is 0600 from the start.
restrictNewFiles();

void runRestoreCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
