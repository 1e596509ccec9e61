/**
 * `npm run bundle`: work bundles from the command line, for trainers and for scripted tests.
 *   export --data-dir DIR (--ambassador NAME_OR_ID | --cohort NAME_OR_ID) [--feedback] [--recordings] --out FILE --passphrase-file FILE
 *   import --data-dir DIR --passphrase-file FILE [--accept-other-cohort] BUNDLE...
 *   inspect BUNDLE --passphrase-file FILE
 * The data folder is opened with the same backend the app uses, and exports and imports go through the bundle
 * service, so the CLI checks and merges exactly as the app does. Exit codes: 0 done; 1 a one-line error or a
 * refused file; 2 usage, or a name that matches no one or several (the candidates are listed).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import { createBackend, DB_FILE_NAME, type Backend } from '../backend/backend';
import type { Services } from '../backend/services';
import { APP_VERSION } from '../version';
import { parseBundleArgs, USAGE, type BundleCommand } from './bundle-args';
import { exportBundles } from './bundle-export';
import { importBundles } from './bundle-import';
import { inspectBundle } from './bundle-inspect';
import { CliError, oneLine, readPassphrase, type CliIo } from './bundle-io';
import { TargetError } from './bundle-targets';

export type { CliIo } from './bundle-io';

/** Opens an existing data folder; never creates an empty database in a mistyped one. */
async function openData(dataDir: string): Promise<{ backend: Backend; services: Services }> {
  if (!existsSync(join(dataDir, DB_FILE_NAME)))
    throw new CliError(`no Ambassador Studio data in ${dataDir} (expected ${DB_FILE_NAME})`);
  const backend = await createBackend({ dataDir, version: APP_VERSION, transport: 'cli' });
  if (!backend.services) {
    backend.close();
    throw new CliError(backend.status.state === 'error' ? backend.status.message : 'the data could not be opened');
  }
  return { backend, services: backend.services };
}

async function run(args: BundleCommand, io: CliIo): Promise<number> {
  const passphrase = readPassphrase(args.passphraseFile, io);
  if (args.command === 'inspect') return inspectBundle(args.file, passphrase, io);
  const { backend, services } = await openData(args.dataDir);
  try {
    return args.command === 'export'
      ? await exportBundles(services, { ...args, passphrase }, io)
      : await importBundles(services, { ...args, passphrase }, io);
  } finally {
    backend.close();
  }
}

export async function runBundleCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: BundleCommand;
  try {
    args = parseBundleArgs(argv);
  } catch (error) {
    io.stderr(`bundle: ${(error as Error).message}`);
    io.stderr(USAGE);
    return 2;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof TargetError) {
      for (const line of error.message.split('\n')) io.stderr(line.startsWith(' ') ? line : `bundle: ${line}`);
      return 2;
    }
    if (error instanceof CliError || error instanceof AppError) {
      io.stderr(`bundle: ${oneLine(error.message)}`);
      return 1;
    }
    io.stderr(`bundle: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return 1;
  }
}
