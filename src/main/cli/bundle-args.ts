/**
 * The command line of `npm run bundle`, parsed into one of three commands. Each command accepts only its own
 * options, so a typo or a misplaced flag is a usage error (exit 2) rather than something silently ignored.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = [
  'Usage:',
  '  npm run bundle -- export --data-dir DIR (--ambassador NAME_OR_ID | --cohort NAME_OR_ID) [--feedback] [--recordings] --out FILE --passphrase-file FILE',
  '  npm run bundle -- import --data-dir DIR --passphrase-file FILE [--accept-other-cohort] BUNDLE...',
  '  npm run bundle -- inspect BUNDLE --passphrase-file FILE',
].join('\n');

export type BundleCommand =
  | {
      command: 'export';
      dataDir: string;
      target: { kind: 'ambassador' | 'cohort'; query: string };
      feedback: boolean;
      recordings: boolean;
      out: string;
      passphraseFile: string;
    }
  | { command: 'import'; dataDir: string; passphraseFile: string; acceptOtherCohort: boolean; files: string[] }
  | { command: 'inspect'; file: string; passphraseFile: string };

export class UsageError extends Error {}

const OPTIONS = {
  'data-dir': { type: 'string' },
  ambassador: { type: 'string' },
  cohort: { type: 'string' },
  feedback: { type: 'boolean' },
  recordings: { type: 'boolean' },
  out: { type: 'string' },
  'passphrase-file': { type: 'string' },
  'accept-other-cohort': { type: 'boolean' },
} as const;
type Option = keyof typeof OPTIONS;

const ALLOWED: Record<BundleCommand['command'], readonly Option[]> = {
  export: ['data-dir', 'ambassador', 'cohort', 'feedback', 'recordings', 'out', 'passphrase-file'],
  import: ['data-dir', 'passphrase-file', 'accept-other-cohort'],
  inspect: ['passphrase-file'],
};

export function parseBundleArgs(argv: readonly string[]): BundleCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (command !== 'export' && command !== 'import' && command !== 'inspect')
    throw new UsageError(command ? `unknown command "${command}"` : 'say export, import or inspect');
  const stray = (Object.keys(values) as Option[]).find((key) => !ALLOWED[command].includes(key));
  if (stray) throw new UsageError(`--${stray} does not go with ${command}`);
  const text = (key: Option): string | undefined => {
    const value = values[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const required = (key: Option): string => {
    const value = text(key);
    if (value === undefined) throw new UsageError(`--${key} is required`);
    return value;
  };
  const passphraseFile = resolve(required('passphrase-file'));

  if (command === 'inspect') {
    if (rest.length !== 1) throw new UsageError('inspect reads exactly one bundle file');
    return { command, file: resolve(rest[0]!), passphraseFile };
  }
  const dataDir = resolve(required('data-dir'));
  if (command === 'import') {
    if (rest.length === 0) throw new UsageError('name at least one bundle file to import');
    return {
      command,
      dataDir,
      passphraseFile,
      acceptOtherCohort: values['accept-other-cohort'] === true,
      files: rest.map((f) => resolve(f)),
    };
  }
  if (rest.length > 0) throw new UsageError(`unexpected "${rest[0]}" (export writes to --out)`);
  const [ambassador, cohort] = [text('ambassador'), text('cohort')];
  if ((ambassador === undefined) === (cohort === undefined))
    throw new UsageError('give exactly one of --ambassador or --cohort');
  const feedback = values.feedback === true;
  const recordings = values.recordings === true;
  if (feedback && recordings) throw new UsageError('feedback never carries recordings; leave out --recordings');
  return {
    command,
    dataDir,
    target:
      ambassador !== undefined ? { kind: 'ambassador', query: ambassador } : { kind: 'cohort', query: cohort ?? '' },
    feedback,
    recordings,
    out: resolve(required('out')),
    passphraseFile,
  };
}
