/**
 * `npm run backup`: entry point only; the logic (and its tests) live in backup-cli.ts.
 */
import { restrictNewFiles } from '../private-files';
import { runBackupCli } from './backup-cli';

// Before the database opens: whatever SQLite creates is 0600 from the start.
restrictNewFiles();

void runBackupCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
