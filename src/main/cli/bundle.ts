/**
 * `npm run bundle -- export|import|inspect ...` (see bundle-cli.ts for the options).
 * Entry point only; the logic (and its tests) live in bundle-cli.ts and the files beside it.
 */
import { restrictNewFiles } from '../private-files';
import { runBundleCli } from './bundle-cli';

// Before the database opens: whatever SQLite and the bundle writer create is 0600 from the start.
restrictNewFiles();

void runBundleCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
