/**
 * `npm run sheet -- --data-dir DIR (--ambassador NAME_OR_ID | --cohort NAME_OR_ID) --out FILE.pdf [--paper A4|Letter] [--logo FILE]`
 *
 * Message sheets for trainers from the command line: one ambassador's sheet, or a cohort's press pack (a
 * contents cover, as long as the cohort needs, plus one page per ready ambassador; the others are listed with
 * the reason). Printed with the system
 * Chromium, saved atomically. Exit codes: 0 written; 1 a clear one-line error (unknown or ambiguous name, no
 * approved quote, no primary house, missing Chromium, unwritable output, disk full, bad logo...); 2 usage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { displayName, publicName, type Ambassador } from '../../shared/features/ambassadors/schemas';
import type { Cohort } from '../../shared/features/cohorts/schemas';
import { AppError } from '../../shared/result';
import { foldForMatch } from '../../shared/features/message-sheet/gate';
import { PAPERS, type Paper } from '../../shared/features/message-sheet/paper';
import { DB_FILE_NAME } from '../backend/backend';
import { openDatabase } from '../db/open';
import { createChromiumPrinter } from '../pdf/chromium-printer';
import { writeFileAtomic } from '../pdf/write-file-atomic';
import { sanitizeImage } from '../images/sanitize';
import { cleanStoredImages } from '../images/clean-stored';
import { createServices, type Services } from '../backend/services';
import { randomIds, systemClock } from '../backend/context';

export const USAGE =
  'Usage: npm run sheet -- --data-dir DIR (--ambassador NAME_OR_ID | --cohort NAME_OR_ID) --out FILE.pdf [--paper A4|Letter] [--logo FILE]';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A logo larger than this is not a logo. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export interface SheetCliArgs {
  dataDir: string;
  target: { kind: 'ambassador' | 'cohort'; query: string };
  out: string;
  paper: Paper;
  logo: string | null;
}

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}
class CliError extends Error {}

export function parseSheetArgs(argv: readonly string[]): SheetCliArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'data-dir': { type: 'string' },
        ambassador: { type: 'string' },
        cohort: { type: 'string' },
        out: { type: 'string' },
        paper: { type: 'string' },
        logo: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const text = (key: string): string | undefined => {
    const v = values[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const dataDir = text('data-dir');
  const out = text('out');
  const ambassador = text('ambassador');
  const cohort = text('cohort');
  if (!dataDir) throw new UsageError('--data-dir is required');
  if (!out) throw new UsageError('--out is required');
  if ((ambassador === undefined) === (cohort === undefined))
    throw new UsageError('give exactly one of --ambassador or --cohort');
  const paperText = text('paper') ?? 'A4';
  const paper = PAPERS.find((p) => p.toLowerCase() === paperText.toLowerCase());
  if (!paper) throw new UsageError(`--paper must be A4 or Letter (got "${paperText}")`);
  return {
    dataDir: resolve(dataDir),
    target:
      ambassador !== undefined ? { kind: 'ambassador', query: ambassador } : { kind: 'cohort', query: cohort ?? '' },
    out: resolve(out),
    paper,
    logo: text('logo') ?? null,
  };
}

function findAmbassador(services: Services, query: string): Ambassador {
  const all = services.ambassadors.list({ includeArchived: true }).map((s) => services.ambassadors.get(s.id));
  if (UUID.test(query)) {
    const byId = all.find((a) => a.id.toLowerCase() === query.toLowerCase());
    if (byId) return byId;
  }
  const wanted = foldForMatch(query);
  const names = (a: Ambassador) =>
    [a.fullName, a.firstName, a.pseudonym, publicName(a), displayName(a)].map(foldForMatch).filter(Boolean);
  const exact = all.filter((a) => names(a).includes(wanted));
  const matches = exact.length > 0 ? exact : all.filter((a) => names(a).some((n) => n.includes(wanted)));
  if (matches.length === 0) throw new CliError(`no ambassador called "${query}" (use the name or id shown in the app)`);
  if (matches.length > 1) {
    const list = matches.map((a) => `${publicName(a)} (${a.id})`).join(', ');
    throw new CliError(`"${query}" matches ${matches.length} ambassadors: ${list}; use the id`);
  }
  return matches[0]!;
}

function findCohort(services: Services, query: string): Cohort {
  const all = services.cohorts.list(true);
  if (UUID.test(query)) {
    const byId = all.find((c) => c.id.toLowerCase() === query.toLowerCase());
    if (byId) return byId;
  }
  const wanted = foldForMatch(query);
  const exact = all.filter((c) => foldForMatch(c.name) === wanted || foldForMatch(c.campaign) === wanted);
  const matches = exact.length > 0 ? exact : all.filter((c) => foldForMatch(c.name).includes(wanted));
  if (matches.length === 0) throw new CliError(`no cohort called "${query}"`);
  if (matches.length > 1) {
    throw new CliError(
      `"${query}" matches ${matches.length} cohorts: ${matches.map((c) => `${c.name} (${c.id})`).join(', ')}; use the id`,
    );
  }
  return matches[0]!;
}

/** The logo file re-encoded like an uploaded one, so what the phone or editor wrote into it stays behind. */
async function readLogo(path: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_LOGO_BYTES)
      throw new CliError(`logo ${path} is larger than 2 MB; choose a smaller image`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`logo ${path} cannot be read (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return (await sanitizeImage(view, 'logo')).bytes;
  } catch (error) {
    throw new CliError(`logo ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Checks the output folder before Chromium starts, so a typo fails in a second, not after printing. */
function checkOutput(out: string): void {
  const folder = resolve(out, '..');
  if (!existsSync(folder)) throw new CliError(`cannot write ${out}: the folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw new CliError(`cannot write ${out}: ${folder} is not a folder`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new CliError(`cannot write ${out}: it is a folder`);
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export async function runSheetCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: SheetCliArgs;
  try {
    args = parseSheetArgs(argv);
  } catch (error) {
    io.stderr(`sheet: ${(error as Error).message}`);
    io.stderr(USAGE);
    return 2;
  }

  let services: Services | null = null;
  let closeDb: (() => void) | null = null;
  try {
    const dbPath = join(args.dataDir, DB_FILE_NAME);
    // Never create an empty database in a mistyped folder.
    if (!existsSync(dbPath))
      throw new CliError(`no Ambassador Studio data in ${args.dataDir} (expected ${DB_FILE_NAME})`);
    const logo = args.logo ? await readLogo(args.logo) : undefined;
    checkOutput(args.out);
    const backupDir = join(args.dataDir, 'backups');
    const { db } = await openDatabase({ path: dbPath, backupDir });
    closeDb = () => db.close();
    // Images saved by an older version are cleaned here too, as the app does when it opens.
    await cleanStoredImages(db, () => systemClock.now());
    const created = createServices({
      db,
      clock: systemClock,
      ids: randomIds,
      paths: { dataDir: args.dataDir, dbPath, backupDir },
      printer: () => createChromiumPrinter({ env: io.env, idleMs: 0 }),
    });
    services = created;

    if (args.target.kind === 'ambassador') {
      const ambassador = findAmbassador(created, args.target.query);
      const sheet = await created.sheets.export(
        ambassador.id,
        { paper: args.paper },
        logo !== undefined ? { logo } : {},
      );
      await writeFileAtomic(args.out, sheet.bytes);
      io.stdout(`Wrote ${args.out} (1 page, ${sheet.paper}): ${sheet.title}`);
    } else {
      const cohort = findCohort(created, args.target.query);
      let lastStage = '';
      const pack = await created.sheets.exportPack(
        cohort.id,
        { paper: args.paper },
        {
          ...(logo !== undefined ? { logo } : {}),
          onProgress: (p) => {
            if (p.stage !== lastStage && p.running) io.stderr(`sheet: ${p.message}`);
            lastStage = p.stage;
          },
        },
      );
      await writeFileAtomic(args.out, pack.bytes);
      const coverPages = pack.pages - pack.included.length;
      const cover = coverPages === 1 ? 'cover' : `${coverPages} cover pages`;
      io.stdout(
        `Wrote ${args.out} (${pack.pages} pages, ${pack.paper}): ${cover} and ${pack.included.length} sheet${pack.included.length === 1 ? '' : 's'}`,
      );
      for (const entry of pack.included) io.stdout(`  included: ${entry.publicName}`);
      if (pack.skipped.length > 0) {
        io.stdout(`Skipped ${pack.skipped.length}:`);
        for (const s of pack.skipped) io.stdout(`  skipped: ${s.publicName}: ${oneLine(s.reason)}`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof AppError) {
      io.stderr(`sheet: ${oneLine(error.message)}`);
      // A press pack nobody is ready for: say who and why.
      if (error instanceof AppError && args.target.kind === 'cohort') {
        for (const issue of error.issues ?? []) io.stderr(`  skipped: ${issue.path}: ${oneLine(issue.message)}`);
      }
      return 1;
    }
    io.stderr(`sheet: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    return 1;
  } finally {
    await services?.sheets.close().catch(() => undefined);
    closeDb?.();
  }
}
